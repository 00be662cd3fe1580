import Link from 'next/link'
import type { PageRef } from '@/lib/view-model'
import { FormattedDate } from './formatted-date'

export type PageListProps = {
  pages: PageRef[]
  showKind?: boolean
  emptyText?: string
  /** 2 where the list sits right under the page's <h1>, 3 under a section's <h2>: no skipped level. */
  headingLevel?: 2 | 3
}

const KIND_LABEL: Record<PageRef['kind'], string> = { talk: 'Talk', 'case-study': 'Case study', note: 'Note' }

export function PageList({ pages, showKind = false, emptyText = 'Nothing here yet.', headingLevel = 3 }: PageListProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  if (pages.length === 0) return <p className="text-zinc-600 dark:text-zinc-400">{emptyText}</p>
  return (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {pages.map((page) => (
        <li key={page.url} className="py-4">
          <article>
            <Heading dir="auto" className="text-lg font-semibold leading-snug">
              <Link href={page.url} className="hover:text-brand-600 dark:hover:text-brand-300">
                {page.title}
              </Link>
            </Heading>
            <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">
              {showKind && <span>{KIND_LABEL[page.kind]}</span>}
              {showKind && page.date && <span aria-hidden="true"> · </span>}
              {page.date && <FormattedDate day={page.date} />}
            </p>
            {page.description && <p dir="auto" className="mt-2 text-zinc-700 dark:text-zinc-300">{page.description}</p>}
          </article>
        </li>
      ))}
    </ul>
  )
}
