import { buildFeed } from '@/lib/seo/feeds'

export const dynamic = 'force-static'

export function GET() {
  return new Response(buildFeed('rss').rss2(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
