import { notFound } from 'next/navigation'
import { outputParams } from '@/lib/output-plan'
import { StructuredData } from '@/components/site/structured-data'
import { SlidePage } from '@/components/talks/slide-page'
import { structuredDataFor } from '@/lib/page-structured-data'
import { renderDeck } from '@/lib/render'
import { routeParams } from '@/lib/route-params'
import { pageMetadata } from '@/lib/seo'
import { getSlidePage, getSlidePages } from '@/lib/slide-pages'
import { EMPTY_PARAM } from '@/lib/static-params'

type Props = { params: Promise<{ slug: string; n: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  const outputs = getSlidePages().map((slide) => ({ params: { slug: slide.talk.slug, n: String(slide.number) }, file: slide.talk.file }))
  // See lib/static-params.ts: an export needs one param, even on a site with no slides.
  return outputParams('/talks/[slug]/slides/[n]', 'page', outputs, { slug: EMPTY_PARAM, n: '1' })
}

export async function generateMetadata({ params }: Props) {
  const { slug, n } = await routeParams(params)
  const slide = getSlidePage(slug, n)
  if (!slide) notFound()
  return pageMetadata({ title: slide.title, description: slide.description, path: slide.path, type: 'article', oembedOf: slide.talk })
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
