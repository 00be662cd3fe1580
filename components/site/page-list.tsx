import Link from 'next/link'
import type { PageRef } from '@/lib/content'
import { FormattedDate } from './formatted-date'

export type PageListProps = { pages: PageRef[]; showKind?: boolean; emptyText?: string }

const KIND_LABEL: Record<PageRef['kind'], string> = { talk: 'Talk', 'case-study': 'Case study', note: 'Note' }

export function PageList({ pages, showKind = false, emptyText = 'Nothing here yet.' }: PageListProps) {
  if (pages.length === 0) return <p className="text-zinc-600 dark:text-zinc-400">{emptyText}</p>
  return (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {pages.map((page) => (
        <li key={page.url} className="py-4">
          <article>
            <h3 className="text-lg font-semibold leading-snug">
              <Link href={page.url} className="hover:text-brand-600 dark:hover:text-brand-300">
                {page.title}
              </Link>
            </h3>
            <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">
              {showKind && <span>{KIND_LABEL[page.kind]}</span>}
              {showKind && page.date && <span aria-hidden="true"> · </span>}
              {page.date && <FormattedDate day={page.date} />}
            </p>
            {page.description && <p className="mt-2 text-zinc-700 dark:text-zinc-300">{page.description}</p>}
          </article>
        </li>
      ))}
    </ul>
  )
}
