import type { PageRef } from '@/lib/content'
import { PageHeader } from './page-header'
import { PageList } from './page-list'

export type CollectionPageProps = { title: string; description: string; pages: PageRef[]; showKind?: boolean }

/** A list page: talks, case studies, notes, or one tag's pages. */
export function CollectionPage({ title, description, pages, showKind }: CollectionPageProps) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <PageList pages={pages} showKind={showKind} headingLevel={2} />
    </>
  )
}
