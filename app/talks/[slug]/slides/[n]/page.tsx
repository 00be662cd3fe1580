import { notFound } from 'next/navigation'
import { EMPTY_PARAM, outputParams } from '@/lib/build/static-params'
import { StructuredData } from '@/components/site/structured-data'
import { SlidePage } from '@/components/talks/slide-page'
import { structuredDataFor } from '@/lib/seo/page-json-ld'
import { renderDeck } from '@/lib/pages/render'
import { routeParams } from '@/lib/build/route-params'
import { pageMetadata } from '@/lib/seo'
import { getSlidePage, getSlidePages } from '@/lib/pages/slide-pages'

type Props = { params: Promise<{ slug: string; n: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  const outputs = getSlidePages().map((slide) => ({ params: { slug: slide.talk.slug, n: String(slide.number) }, file: slide.talk.file }))
  // See lib/build/static-params.ts: an export needs one param, even on a site with no slides.
  return outputParams('/talks/[slug]/slides/[n]', 'page', outputs, { slug: EMPTY_PARAM, n: '1' })
}

export async function generateMetadata({ params }: Props) {
  const { slug, n } = await routeParams(params)
  const slide = getSlidePage(slug, n)
  if (!slide) notFound()
  return pageMetadata({ title: slide.title, description: slide.description, path: slide.path, type: 'article', oembedOf: { slug: slide.talk.slug, title: slide.talk.title, slide: slide.number } })
}

export default async function Slide({ params }: Props) {
  const { slug, n } = await routeParams(params)
  const slide = getSlidePage(slug, n)
  if (!slide) notFound()
  return (
    <>
      <StructuredData items={structuredDataFor(slide.path)} />
      <SlidePage slide={slide} slides={await renderDeck(slide.talk)} />
    </>
  )
}
