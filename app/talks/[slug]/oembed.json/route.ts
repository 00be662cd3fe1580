import { getProfile, getTalk, getTalks } from '@/lib/content'
import { oembedJson } from '@/lib/oembed'
import { routeParams } from '@/lib/route-params'
import { staticParams } from '@/lib/static-params'

// A talk's oEmbed file, announced by its pages' <link rel="alternate" type="application/json+oembed">.
export const dynamic = 'force-static'
export const dynamicParams = false

const withDeck = () => getTalks().filter((talk) => talk.slides.length > 0)

export function generateStaticParams() {
  return staticParams('slug', withDeck().map((talk) => talk.slug))
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const talk = getTalk((await routeParams(params)).slug)
  if (!talk || talk.slides.length === 0) return new Response('Not found', { status: 404 })
  return Response.json(oembedJson(talk, getProfile()))
}
