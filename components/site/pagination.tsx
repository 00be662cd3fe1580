import Link from 'next/link'
import { pagedPath } from '@/lib/core/pagination'

export type PaginationProps = { listPath: string; page: number; pageCount: number }

export function Pagination({ listPath, page, pageCount }: PaginationProps) {
  if (pageCount <= 1) return null
  const link = 'rounded-lg border border-zinc-300 px-3 py-1.5 font-medium hover:border-brand-500 dark:border-zinc-700'
  return (
    <nav aria-label="Pages" className="mt-8 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={pagedPath(listPath, page - 1)} rel="prev" className={link}>
          <span aria-hidden="true">←</span> Newer
        </Link>
      ) : (
        <span />
      )}
      <span className="text-zinc-600 dark:text-zinc-400">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={pagedPath(listPath, page + 1)} rel="next" className={link}>
          Older <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
