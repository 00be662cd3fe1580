import { getProfile, getTalkWithDeck, getTalksWithDeck } from '@/lib/content'
import { EMPTY_PARAM, outputParams } from '@/lib/build/static-params'
import { oembedJson } from '@/lib/talks/oembed'
import { routeParams } from '@/lib/build/route-params'
import { previewImage } from '@/lib/seo/preview-image'

// A talk's oEmbed file, announced by its pages' <link rel="alternate" type="application/json+oembed">.
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  const outputs = getTalksWithDeck().map((talk) => ({ params: { slug: talk.slug }, file: talk.file }))
  return outputParams('/talks/[slug]/oembed.json', 'file', outputs, { slug: EMPTY_PARAM })
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const talk = getTalkWithDeck((await routeParams(params)).slug)
  if (!talk) return new Response('Not found', { status: 404 })
  return Response.json(oembedJson(talk, getProfile(), previewImage(talk.url, talk.title).url))
}
