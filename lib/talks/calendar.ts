/**
 * One iCalendar (.ics) file per delivery of a talk, so that an attendee can add an upcoming one to
 * their calendar. Built with the `ics` package (RFC 5545 folding and escaping are its job).
 * Events are whole days: the content format gives a date, not a time or a time zone.
 */
import { createEvent, type EventAttributes } from 'ics'
import { siteConfig, type SiteConfig } from '../core/site-config'
import { slugify } from '../core/slug'
import { absoluteUrl } from '../core/urls'

export type CalendarTalk = { slug: string; title: string; description: string; url: string }
export type CalendarEvent = { name: string; date: string; location?: string; url?: string }

/** "2023-12-07-elixir-meetup.ics": stable while other events are added to the talk. */
export function calendarFileName(event: CalendarEvent): string {
  return `${event.date}-${slugify(event.name) || 'event'}.ics`
}

const dayParts = (day: string): [number, number, number] => {
  const [y, m, d] = day.split('-').map(Number)
  return [y ?? 0, m ?? 0, d ?? 0]
}

/** The day after `day`, for an all-day event's exclusive end. */
function nextDay(day: string): [number, number, number] {
  const [y, m, d] = dayParts(day)
  const next = new Date(Date.UTC(y, m - 1, d + 1))
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()]
}

/** The .ics file of one delivery: the talk's title and the event's name, place, and a link to the talk page. */
export function eventIcs(talk: CalendarTalk, event: CalendarEvent, config: SiteConfig = siteConfig): string {
  const talkUrl = absoluteUrl(talk.url, config)
  const host = new URL(config.url).hostname
  const [y, m, d] = dayParts(event.date)
  // `timestamp` (DTSTAMP) is read by ics's schema but missing from its typings.
  const attributes: EventAttributes & { timestamp: number } = {
    productId: `${host}//speaker-site`,
    uid: `${talk.slug}-${calendarFileName(event).replace(/\.ics$/, '')}@${host}`,
    // The event's own day, not the build's clock: the same content builds the same file.
    timestamp: Date.UTC(y, m - 1, d),
    start: [y, m, d],
    end: nextDay(event.date),
    title: `${talk.title} (${event.name})`,
    description: [talk.description, event.url && `Event: ${event.url}`, `Slides and sources: ${talkUrl}`].filter(Boolean).join('\n\n'),
    ...(event.location ? { location: event.location } : {}),
    url: talkUrl,
  }
  const { error, value } = createEvent(attributes)
  if (error || !value) throw new Error(`Cannot build the calendar file of "${event.name}" (${talk.slug}): ${String(error)}`)
  return value
}
