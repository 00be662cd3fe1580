import { notFound } from 'next/navigation'
import { EMPTY_PARAM, outputParams } from '@/lib/build/static-params'
import { EmbedPage } from '@/components/talks/embed-page'
import { getProfile, getTalkWithDeck, getTalksWithDeck } from '@/lib/content'
import { renderDeck } from '@/lib/pages/render'
import { routeParams } from '@/lib/build/route-params'
import { pageMetadata } from '@/lib/seo'
import { routes } from '@/lib/core/urls'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  const outputs = getTalksWithDeck().map((talk) => ({ params: { slug: talk.slug }, file: talk.file }))
  return outputParams('/talks/[slug]/embed', 'page', outputs, { slug: EMPTY_PARAM })
}

export async function generateMetadata({ params }: Props) {
  const talk = getTalkWithDeck((await routeParams(params)).slug)
  if (!talk) notFound()
  // Not for search engines: the talk page is the deck's page; this one is for other sites' iframes.
  return pageMetadata({ title: `Slides: ${talk.title}`, description: talk.description, path: routes.talkEmbed(talk.slug), noIndex: true, oembedOf: talk })
}

export default async function Embed({ params }: Props) {
  const talk = getTalkWithDeck((await routeParams(params)).slug)
  if (!talk) notFound()
  return <EmbedPage talk={talk} slides={await renderDeck(talk, { elsewhere: true })} speaker={getProfile().name} />
}
