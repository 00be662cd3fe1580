import { notFound } from 'next/navigation'
import { outputParams } from '@/lib/output-plan'
import { CollectionPage } from '@/components/site/collection-page'
import { getTagCollection } from '@/lib/collections'
import { getTags } from '@/lib/content'
import { paginate } from '@/lib/pagination'
import { pageMetadata } from '@/lib/seo'
import { EMPTY_PARAM } from '@/lib/static-params'
import { StructuredData } from '@/components/site/structured-data'
import { structuredDataFor } from '@/lib/page-structured-data'
import { routeParams } from '@/lib/route-params'

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
