import { CollectionPage } from '@/components/site/collection-page'
import { getNotes } from '@/lib/content'
import { pageMetadata } from '@/lib/seo'
import { routes } from '@/lib/urls'
import { StructuredData } from '@/components/site/structured-data'
import { structuredDataFor } from '@/lib/page-structured-data'

const description = 'Working notes, growing from seedlings to evergreens.'

export function generateMetadata() {
  return pageMetadata({ title: 'Notes', description, path: routes.notes() })
}

export default function NotesIndex() {
  return (
    <>
      <StructuredData items={structuredDataFor(routes.notes())} />
      <CollectionPage title="Notes" description={description} pages={getNotes()} />
    </>
  )
}
