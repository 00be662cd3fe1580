import { notFound } from 'next/navigation'
import { outputParams } from '@/lib/output-plan'
import { CollectionPage } from '@/components/site/collection-page'
import { getCollection } from '@/lib/collections'
import { laterPages, pagedPath, paginate } from '@/lib/pagination'
import { pageMetadata } from '@/lib/seo'
import { EMPTY_PARAM } from '@/lib/static-params'
import { routeParams } from '@/lib/route-params'

type Props = { params: Promise<{ page: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  const outputs = laterPages(getCollection('case-studies').pages.length).map((page) => ({ params: { page } }))
  return outputParams('/case-studies/page/[page]', 'page', outputs, { page: EMPTY_PARAM })
}

export async function generateMetadata({ params }: Props) {
  const { page } = await routeParams(params)
  const { title, description, listPath } = getCollection('case-studies')
  return pageMetadata({ title: `${title}, page ${page}`, description, path: pagedPath(listPath, Number(page)) })
}

export default async function CollectionPageN({ params }: Props) {
  const collection = getCollection('case-studies')
  const pages = paginate(collection.pages, Number((await routeParams(params)).page))
  if (!pages) notFound()
  return <CollectionPage {...collection} pages={pages} />
}
