import { getProfile } from '@/lib/content'
import { EMPTY_PARAM, outputParams } from '@/lib/build/static-params'
import { oembedJson } from '@/lib/talks/oembed'
import { routeParams } from '@/lib/build/route-params'
import { getSlidePage, getSlidePages } from '@/lib/pages/slide-pages'
import { previewImage } from '@/lib/seo/preview-image'

// A slide page's oEmbed file, announced by that page: pasting a slide's URL embeds the deck at that slide.
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  const outputs = getSlidePages().map((slide) => ({ params: { slug: slide.talk.slug, n: String(slide.number) }, file: slide.talk.file }))
  return outputParams('/talks/[slug]/slides/[n]/oembed.json', 'file', outputs, { slug: EMPTY_PARAM, n: '1' })
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; n: string }> }) {
  const { slug, n } = await routeParams(params)
  const slide = getSlidePage(slug, n)
  if (!slide) return new Response('Not found', { status: 404 })
  return Response.json(oembedJson(slide.talk, getProfile(), previewImage(slide.path, slide.title).url, slide.number))
}
