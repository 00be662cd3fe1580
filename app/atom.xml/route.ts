import { atomXml } from '@/lib/seo/feeds'

export const dynamic = 'force-static'

export function GET() {
  return new Response(atomXml(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
