import type { PageRef } from '@/lib/core/model'
import type { Paged } from '@/lib/core/pagination'
import { PageHeader } from './page-header'
import { PageList } from './page-list'
import { Pagination } from './pagination'

export type CollectionPageProps = {
  title: string
  description: string
  pages: Paged<PageRef>
  /** The list's first page, e.g. "/notes/". */
  listPath: string
  showKind?: boolean
}

/** A list page: talks, case studies, notes, or one tag's pages, one page of entries at a time. */
export function CollectionPage({ title, description, pages, listPath, showKind }: CollectionPageProps) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <PageList pages={pages.items} showKind={showKind} headingLevel={2} />
      <Pagination listPath={listPath} page={pages.page} pageCount={pages.pageCount} />
    </>
  )
}
