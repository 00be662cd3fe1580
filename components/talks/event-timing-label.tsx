'use client'

import { useSyncExternalStore } from 'react'
import { eventTiming, localDay } from '@/lib/browser/event-timing'

export type EventTimingLabelProps = { day: string; calendarHref: string }

const noSubscription = () => () => {}

/**
 * "Upcoming" or "Past", as of the visitor's today, and for an upcoming event a link to its .ics
 * file. The static HTML holds neither (the build's day would be a wrong claim later), so without
 * JavaScript nothing is said. The row keeps its height before and after, so nothing shifts (CLS 0).
 */
export function EventTimingLabel({ day, calendarHref }: EventTimingLabelProps) {
  // null on the server and during hydration; the visitor's day right after.
  const today = useSyncExternalStore(noSubscription, () => localDay(new Date()), () => null)
  const timing = today ? eventTiming(day, today) : null
  return (
    <div className="mt-2 flex h-7 items-center gap-3 text-sm">
      {timing && (
        <span
          className={
            timing === 'upcoming'
              ? 'rounded-full bg-brand-50 px-2.5 py-0.5 font-semibold text-brand-700 dark:bg-brand-500/15 dark:text-brand-300'
              : 'rounded-full bg-zinc-100 px-2.5 py-0.5 font-medium text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300'
          }
        >
          {timing === 'upcoming' ? 'Upcoming' : 'Past'}
        </span>
      )}
      {timing === 'upcoming' && (
        <a
          href={calendarHref}
          download
          className="font-medium text-brand-700 underline underline-offset-4 dark:text-brand-300"
        >
          Add to calendar
        </a>
      )}
    </div>
  )
}
