import { EMPTY_PARAM, outputParams } from '@/lib/build/static-params'
import { routeParams } from '@/lib/build/route-params'
import { atprotoDidFile } from '@/lib/core/atproto'
import { siteConfig } from '@/lib/core/site-config'

// /.well-known/atproto-did, the site's domain as the speaker's Bluesky handle, when
// siteConfig.blueskyDid is set; else the placeholder that scripts/finish-export.ts removes.
export const dynamic = 'force-static'
export const dynamicParams = false

const ATPROTO_DID = 'atproto-did'

export function generateStaticParams() {
  // No content file: the site's settings and code are in every output's key.
  const outputs = siteConfig.blueskyDid ? [{ params: { file: ATPROTO_DID } }] : []
  return outputParams('/.well-known/[file]', 'file', outputs, { file: EMPTY_PARAM })
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await routeParams(params)
  if (file !== ATPROTO_DID || !siteConfig.blueskyDid) return new Response('Not found', { status: 404 })
  return new Response(atprotoDidFile(siteConfig.blueskyDid), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
