'use client'

import { useId, useSyncExternalStore } from 'react'
import type { ListedPage } from '@/lib/collections'
import { localDay, splitTimeline } from '@/lib/event-timing'
import { timelineScript } from '@/lib/timeline-script'
import { PageListItem } from './page-list-item'

export type TimedPageListProps = { pages: ListedPage[]; showKind: boolean; headingLevel: 2 | 3 }

const noSubscription = () => () => {}
const labelClass = 'mt-6 text-xs font-semibold uppercase tracking-wider text-zinc-500 first:mt-0 dark:text-zinc-400'

/**
 * Talks split into "Upcoming" (next delivery first) and "Past", as of the visitor's day: never the
 * build's (house style, habit 5). The HTML holds every talk in both lists; the inline script right
 * after it shows each where it belongs before the first paint, and React, once hydrated, renders
 * the same, so nothing moves (CLS 0). Without JavaScript it is one list, in the build's order
 * (latest delivery first), with no claim about today.
 */
export function TimedPageList({ pages, showKind, headingLevel }: TimedPageListProps) {
  const id = useId()
  // null on the server and during hydration; the visitor's day right after.
  const today = useSyncExternalStore(noSubscription, () => localDay(new Date()), () => null)
  const split = today ? splitTimeline(pages.map((page) => page.deliveries ?? []), today) : { upcoming: [], past: pages.map((_, i) => i) }
  const rank = new Map(split.upcoming.map((index, position) => [index, position]))
  const hasUpcoming = split.upcoming.length > 0
  const showPast = hasUpcoming && split.past.length > 0

  const item = (page: ListedPage, index: number, list: 'upcoming' | 'past') => {
    const position = rank.get(index)
    return (
      <li
        key={page.url}
        data-deliveries={(page.deliveries ?? []).join(' ')}
        hidden={list === 'upcoming' ? position === undefined : position !== undefined}
        style={list === 'upcoming' && position !== undefined ? { order: position } : undefined}
        className="border-b border-zinc-200 py-4 last:border-b-0 dark:border-zinc-800"
      >
        <PageListItem page={page} showKind={showKind} headingLevel={headingLevel} />
      </li>
    )
  }

  return (
    <>
      <div data-timeline>
        <p id={`${id}-upcoming`} data-timeline-group="upcoming" hidden={!hasUpcoming} className={labelClass}>
          Upcoming
        </p>
        <ul data-timeline-group="upcoming-list" aria-labelledby={`${id}-upcoming`} hidden={!hasUpcoming} className="flex flex-col">
          {pages.map((page, index) => item(page, index, 'upcoming'))}
        </ul>
        <p id={`${id}-past`} data-timeline-group="past" hidden={!showPast} className={labelClass}>
          Past
        </p>
        <ul data-timeline-group="past-list" aria-labelledby={showPast ? `${id}-past` : undefined} className="flex flex-col">
          {pages.map((page, index) => item(page, index, 'past'))}
        </ul>
      </div>
      <script dangerouslySetInnerHTML={{ __html: timelineScript() }} />
    </>
  )
}
