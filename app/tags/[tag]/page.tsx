import { notFound } from 'next/navigation'
import { CollectionPage } from '@/components/site/collection-page'
import { getTag, getTags } from '@/lib/content'
import { pageMetadata } from '@/lib/seo'
import { routes } from '@/lib/urls'
import { staticParams } from '@/lib/static-params'
import { StructuredData } from '@/components/site/structured-data'
import { structuredDataFor } from '@/lib/page-structured-data'

type Props = { params: Promise<{ tag: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return staticParams('tag', getTags().map((tag) => tag.slug))
}

const describe = (name: string, count: number) => `${count} ${count === 1 ? 'page' : 'pages'} tagged #${name}.`

export async function generateMetadata({ params }: Props) {
  const tag = getTag((await params).tag)
  if (!tag) notFound()
  return pageMetadata({ title: `#${tag.name}`, description: describe(tag.name, tag.pages.length), path: routes.tag(tag.slug) })
}

export default async function TagPage({ params }: Props) {
  const tag = getTag((await params).tag)
  if (!tag) notFound()
  return (
    <>
      <StructuredData items={structuredDataFor(routes.tag(tag.slug))} />
      <CollectionPage title={`#${tag.name}`} description={describe(tag.name, tag.pages.length)} pages={tag.pages} showKind />
    </>
  )
}
