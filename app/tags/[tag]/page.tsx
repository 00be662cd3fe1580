import { notFound } from 'next/navigation'
import { EMPTY_PARAM, outputParams } from '@/lib/build/static-params'
import { CollectionPage } from '@/components/site/collection-page'
import { getTagCollection } from '@/lib/pages/collections'
import { getTags } from '@/lib/content'
import { paginate } from '@/lib/core/pagination'
import { pageMetadata } from '@/lib/seo'
import { StructuredData } from '@/components/site/structured-data'
import { structuredDataFor } from '@/lib/seo/page-json-ld'
import { routeParams } from '@/lib/build/route-params'

type Props = { params: Promise<{ tag: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return outputParams('/tags/[tag]', 'page', getTags().map((tag) => ({ params: { tag: tag.slug } })), { tag: EMPTY_PARAM })
}

export async function generateMetadata({ params }: Props) {
  const collection = getTagCollection((await routeParams(params)).tag)
  if (!collection) notFound()
  return pageMetadata({ title: collection.title, description: collection.description, path: collection.listPath })
}

export default async function TagPage({ params }: Props) {
  const collection = getTagCollection((await routeParams(params)).tag)
  if (!collection) notFound()
  return (
    <>
      <StructuredData items={structuredDataFor(collection.listPath)} />
      <CollectionPage {...collection} pages={paginate(collection.pages, 1)!} />
    </>
  )
}
