import { notFound } from 'next/navigation'
import { EMPTY_PARAM, outputParams } from '@/lib/build/static-params'
import { CollectionPage } from '@/components/site/collection-page'
import { getTagCollection } from '@/lib/pages/collections'
import { getTags } from '@/lib/content'
import { laterPages, pagedPath, paginate } from '@/lib/core/pagination'
import { pageMetadata } from '@/lib/seo'
import { routeParams } from '@/lib/build/route-params'
import { StructuredData } from '@/components/site/structured-data'
import { structuredDataFor } from '@/lib/seo/page-json-ld'

type Props = { params: Promise<{ tag: string; page: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  const outputs = getTags().flatMap((tag) => laterPages(tag.pages.length).map((page) => ({ params: { tag: tag.slug, page } })))
  return outputParams('/tags/[tag]/page/[page]', 'page', outputs, { tag: EMPTY_PARAM, page: EMPTY_PARAM })
}

export async function generateMetadata({ params }: Props) {
  const { tag, page } = await routeParams(params)
  const collection = getTagCollection(tag)
  if (!collection) notFound()
  return pageMetadata({ title: `${collection.title}, page ${page}`, description: collection.description, path: pagedPath(collection.listPath, Number(page)) })
}

export default async function TagPageN({ params }: Props) {
  const { tag, page } = await routeParams(params)
  const collection = getTagCollection(tag)
  const pages = collection && paginate(collection.pages, Number(page))
  if (!collection || !pages) notFound()
  return (
    <>
      <StructuredData items={structuredDataFor(pagedPath(collection.listPath, pages.page))} />
      <CollectionPage {...collection} pages={pages} />
    </>
  )
}
