import { notFound } from 'next/navigation'
import { TalkPage } from '@/components/talks/talk-page'
import { getBacklinks, getProfile, getTalk, getTalks } from '@/lib/content'
import { renderShareSlide, renderSlide } from '@/lib/render'
import { siteConfig } from '@/lib/site-config'
import { pageMetadata } from '@/lib/seo'
import { staticParams } from '@/lib/static-params'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return staticParams('slug', getTalks().map((talk) => talk.slug))
}

export async function generateMetadata({ params }: Props) {
  const talk = getTalk((await params).slug)
  if (!talk) notFound()
  return pageMetadata({ title: talk.title, description: talk.description, path: talk.url, type: 'article' })
}

export default async function Talk({ params }: Props) {
  const talk = getTalk((await params).slug)
  if (!talk) notFound()
  const slides = await Promise.all(
    talk.slides.map(async (slide) => ({ number: slide.number, body: await renderSlide(slide, talk.isMdx) })),
  )
  if (siteConfig.shareSlide && slides.length > 0) slides.push({ number: slides.length + 1, body: await renderShareSlide(talk) })
  return <TalkPage talk={talk} slides={slides} profile={getProfile()} backlinks={getBacklinks(talk)} />
}
