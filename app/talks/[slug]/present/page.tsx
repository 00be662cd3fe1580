import { notFound } from 'next/navigation'
import { EMPTY_PARAM, outputParams } from '@/lib/build/static-params'
import { PresenterPage } from '@/components/talks/presenter-page'
import { getSpeakerNotes, getTalkWithDeck, getTalksWithDeck } from '@/lib/content'
import { renderDeck } from '@/lib/pages/render'
import { pageMetadata } from '@/lib/seo'
import { routes } from '@/lib/core/urls'
import { routeParams } from '@/lib/build/route-params'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  const outputs = getTalksWithDeck().map((talk) => ({ params: { slug: talk.slug }, file: talk.file }))
  return outputParams('/talks/[slug]/present', 'page', outputs, { slug: EMPTY_PARAM })
}

export async function generateMetadata({ params }: Props) {
  const talk = getTalkWithDeck((await routeParams(params)).slug)
  if (!talk) notFound()
  return pageMetadata({ title: `Presenter view: ${talk.title}`, description: talk.description, path: routes.talkPresenter(talk.slug), noIndex: true })
}

export default async function Present({ params }: Props) {
  const talk = getTalkWithDeck((await routeParams(params)).slug)
  if (!talk) notFound()
  return <PresenterPage talk={talk} slides={await renderDeck(talk, { elsewhere: true })} notes={getSpeakerNotes(talk.slug)} />
}
