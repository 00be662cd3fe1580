import { calendarFileName, eventIcs } from '@/lib/talks/calendar'
import { EMPTY_PARAM, outputParams } from '@/lib/build/static-params'
import { getTalk, getTalks } from '@/lib/content'
import { routeParams } from '@/lib/build/route-params'

// One .ics file per delivery of a talk, written into the export ("add to calendar").
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  const outputs = getTalks().flatMap((talk) => talk.events.map((event) => ({ params: { slug: talk.slug, file: calendarFileName(event) }, file: talk.file })))
  // The placeholder of lib/build/static-params.ts, in both segments; scripts/finish-export.ts removes it.
  return outputParams('/talks/[slug]/calendar/[file]', 'file', outputs, { slug: EMPTY_PARAM, file: EMPTY_PARAM })
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await routeParams(params)
  const talk = getTalk(slug)
  const event = talk?.events.find((e) => calendarFileName(e) === file)
  if (!talk || !event) return new Response('Not found', { status: 404 })
  return new Response(eventIcs(talk, event), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
