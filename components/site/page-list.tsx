import type { ListedPage } from '@/lib/pages/collections'
import { PageListItem } from './page-list-item'
import { TimedPageList } from './timed-page-list'

export type PageListProps = {
  pages: ListedPage[]
  showKind?: boolean
  emptyText?: string
  /** 2 where the list sits right under the page's <h1>, 3 under a section's <h2>: no skipped level. */
  headingLevel?: 2 | 3
}

/** A list of pages; talks, which have days they are given, are split into Upcoming and Past. */
export function PageList({ pages, showKind = false, emptyText = 'Nothing here yet.', headingLevel = 3 }: PageListProps) {
  if (pages.length === 0) return <p className="text-zinc-600 dark:text-zinc-400">{emptyText}</p>
  if (pages.every((page) => page.deliveries)) return <TimedPageList pages={pages} showKind={showKind} headingLevel={headingLevel} />
  return (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {pages.map((page) => (
        <li key={page.url} className="py-4">
          <PageListItem page={page} showKind={showKind} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
