'use client'

import { useSyncExternalStore } from 'react'
import type { ListedPage } from '@/lib/pages/collections'
import { localDay, splitTimeline } from '@/lib/browser/event-timing'
import { timelineScript } from '@/lib/browser/timeline-script'
import { PageListItem } from './page-list-item'

export type TimedPageListProps = { pages: ListedPage[]; showKind: boolean; headingLevel: 2 | 3 }

const noSubscription = () => () => {}
const labelClass = 'text-xs font-semibold uppercase tracking-wider text-zinc-500 dark:text-zinc-400'

/**
 * Talks split into "Upcoming" (next delivery first) and "Past", as of the visitor's day: never the
 * build's (house style, habit 5). The build lists them latest delivery first, so the upcoming ones
 * lead on any day; the inline script right after the list labels the two parts and puts the next
 * delivery first (CSS order) before the first paint, and React, once hydrated, renders the same, so
 * nothing moves (CLS 0). Without JavaScript it is one list, latest delivery first, with no claim
 * about today.
 */
export function TimedPageList({ pages, showKind, headingLevel }: TimedPageListProps) {
  // null on the server and during hydration; the visitor's day right after.
  const today = useSyncExternalStore(noSubscription, () => localDay(new Date()), () => null)
  const split = today ? splitTimeline(pages.map((page) => page.deliveries ?? []), today) : { upcoming: [], past: [] }
  const count = split.upcoming.length
  const rank = new Map(split.upcoming.map((index, position) => [index, position]))

  return (
    <>
      {/* data-arranged: shown once split (app/globals.css), here or by the inline script. */}
      <div data-timeline data-arranged={today ? '' : undefined}>
        <p data-timeline-label="upcoming" hidden={count === 0} className={`${labelClass} mt-4`}>
          Upcoming
        </p>
        <ul className="flex flex-col">
          {pages.map((page, index) => {
            const position = rank.get(index)
            return (
              <li
                key={page.url}
                data-deliveries={(page.deliveries ?? []).join(' ')}
                style={position === undefined ? undefined : { order: position - count }}
                className="border-b border-zinc-200 py-4 last:border-b-0 dark:border-zinc-800"
              >
                <p data-timeline-label="past" hidden={!(count > 0 && index === split.past[0])} className={`${labelClass} mt-4 mb-4`}>
                  Past
                </p>
                <PageListItem page={page} showKind={showKind} headingLevel={headingLevel} />
              </li>
            )
          })}
        </ul>
      </div>
      <script dangerouslySetInnerHTML={{ __html: timelineScript() }} />
    </>
  )
}
