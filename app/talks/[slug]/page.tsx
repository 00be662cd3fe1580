import { notFound } from 'next/navigation'
import { EMPTY_PARAM, outputParams } from '@/lib/build/static-params'
import { TalkPage } from '@/components/talks/talk-page'
import { getBacklinks, getProfile, getTalk, getTalks } from '@/lib/content'
import { renderDeck } from '@/lib/pages/render'
import { pageMetadata } from '@/lib/seo'
import { StructuredData } from '@/components/site/structured-data'
import { structuredDataFor } from '@/lib/seo/page-json-ld'
import { routeParams } from '@/lib/build/route-params'
import { hasDeck } from '@/lib/core/model'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  const outputs = getTalks().map((talk) => ({ params: { slug: talk.slug }, file: talk.file }))
  return outputParams('/talks/[slug]', 'page', outputs, { slug: EMPTY_PARAM })
}

export async function generateMetadata({ params }: Props) {
  const talk = getTalk((await routeParams(params)).slug)
  if (!talk) notFound()
  return pageMetadata({ title: talk.title, description: talk.description, path: talk.url, type: 'article', oembedOf: hasDeck(talk) ? talk : undefined })
}

export default async function Talk({ params }: Props) {
  const talk = getTalk((await routeParams(params)).slug)
  if (!talk) notFound()
  return (
    <>
      <StructuredData items={structuredDataFor(talk.url)} />
      <TalkPage talk={talk} slides={await renderDeck(talk)} profile={getProfile()} backlinks={getBacklinks(talk)} />
    </>
  )
}
