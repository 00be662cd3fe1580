import { CollectionPage } from '@/components/site/collection-page'
import { getCollection } from '@/lib/pages/collections'
import { paginate } from '@/lib/core/pagination'
import { pageMetadata } from '@/lib/seo'
import { StructuredData } from '@/components/site/structured-data'
import { structuredDataFor } from '@/lib/seo/page-json-ld'

export function generateMetadata() {
  const { title, description, listPath } = getCollection('notes')
  return pageMetadata({ title, description, path: listPath })
}

export default function CollectionIndex() {
  const collection = getCollection('notes')
  return (
    <>
      <StructuredData items={structuredDataFor(collection.listPath)} />
      <CollectionPage {...collection} pages={paginate(collection.pages, 1)!} />
    </>
  )
}
