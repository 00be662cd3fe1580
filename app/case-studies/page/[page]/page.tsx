import { notFound } from 'next/navigation'
import { EMPTY_PARAM, outputParams } from '@/lib/build/static-params'
import { CollectionPage } from '@/components/site/collection-page'
import { getCollection } from '@/lib/pages/collections'
import { laterPages, pagedPath, paginate } from '@/lib/core/pagination'
import { pageMetadata } from '@/lib/seo'
import { routeParams } from '@/lib/build/route-params'
import { StructuredData } from '@/components/site/structured-data'
import { structuredDataFor } from '@/lib/seo/page-json-ld'

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
  return (
    <>
      <StructuredData items={structuredDataFor(pagedPath(collection.listPath, pages.page))} />
      <CollectionPage {...collection} pages={pages} />
    </>
  )
}
