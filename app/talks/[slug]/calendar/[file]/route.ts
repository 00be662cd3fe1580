import { calendarFileName, eventIcs } from '@/lib/calendar'
import { getTalk, getTalks } from '@/lib/content'
import { EMPTY_PARAM } from '@/lib/static-params'
import { routeParams } from '@/lib/route-params'

// One .ics file per delivery of a talk, written into the export (issue 3: "add to calendar").
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  const params = getTalks().flatMap((talk) => talk.events.map((event) => ({ slug: talk.slug, file: calendarFileName(event) })))
  // Both segments are this route's, so lib/static-params.ts's one-key helper does not fit; the
  // placeholder is the same, and scripts/finish-export.ts removes it.
  return params.length > 0 ? params : [{ slug: EMPTY_PARAM, file: EMPTY_PARAM }]
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await routeParams(params)
  const talk = getTalk(slug)
  const event = talk?.events.find((e) => calendarFileName(e) === file)
  if (!talk || !event) return new Response('Not found', { status: 404 })
  return new Response(eventIcs(talk, event), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
