import { notFound } from 'next/navigation'
import { CollectionPage } from '@/components/site/collection-page'
import { getTagCollection } from '@/lib/collections'
import { getTags } from '@/lib/content'
import { laterPages, pagedPath, paginate } from '@/lib/pagination'
import { pageMetadata } from '@/lib/seo'
import { staticParams } from '@/lib/static-params'
import { routeParams } from '@/lib/route-params'

type Props = { params: Promise<{ tag: string; page: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  const params = getTags().flatMap((tag) => laterPages(tag.pages.length).map((page) => ({ tag: tag.slug, page })))
  return params.length > 0 ? params : staticParams('tag', []).map((p) => ({ ...p, page: p.tag }))
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
  return <CollectionPage {...collection} pages={pages} />
}
