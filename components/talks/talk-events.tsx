import { FormattedDate } from '@/components/site/formatted-date'
import { calendarFileName } from '@/lib/talks/calendar'
import type { TalkEvent } from '@/lib/core/model'
import { routes, withBasePath } from '@/lib/core/urls'
import { EventTimingLabel } from './event-timing-label'
import { TalkSection } from './talk-section'

export type TalkEventsProps = { slug: string; events: TalkEvent[] }

/** Where and when the talk was given (or will be). Newest first; upcoming or past is the browser's call. */
export function TalkEvents({ slug, events }: TalkEventsProps) {
  return (
    <TalkSection id="events" title="Where it was given">
      <ul className="mt-4 flex flex-col gap-3">
        {events.map((event) => (
          <li key={`${event.date}-${event.name}`} className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
            <p className="font-semibold">
              {event.url ? (
                <a href={event.url} className="underline decoration-zinc-300 underline-offset-4 hover:text-brand-700 dark:hover:text-brand-300">
                  {event.name}
                </a>
              ) : (
                event.name
              )}
            </p>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              <FormattedDate day={event.date} />
              {event.location && <> · {event.location}</>}
            </p>
            <EventTimingLabel
              day={event.date}
              calendarHref={withBasePath(routes.talkCalendar(slug, calendarFileName(event)))}
            />
            {event.recording && (
              <p className="mt-1 text-sm">
                <a href={event.recording} className="font-medium text-brand-700 underline underline-offset-4 dark:text-brand-300">
                  Watch the recording
                </a>
              </p>
            )}
          </li>
        ))}
      </ul>
    </TalkSection>
  )
}
