/**
 * Whether a talk's delivery is upcoming or past is a fact of the day a visitor looks, not of the
 * day the site was built (house style, habit 5): the browser decides it, with these helpers.
 */
export type EventTiming = 'upcoming' | 'past'

/** The visitor's local calendar day, "YYYY-MM-DD". */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** An event is upcoming until its day is over, in the visitor's time zone: on the day it is still upcoming. */
export function eventTiming(day: string, today: string): EventTiming {
  return day >= today ? 'upcoming' : 'past'
}

/** The days a talk was or will be given, earliest first: its events' days, or its own date without events. */
export function deliveryDays(talk: { date: string; events: readonly { date: string }[] }): string[] {
  const days = talk.events.map((event) => event.date).filter(Boolean)
  return [...new Set(days.length > 0 ? days : [talk.date].filter(Boolean))].sort()
}

/** Positions in a list: the upcoming ones, next delivery first, and the past ones, as listed. */
export type Timeline = { upcoming: number[]; past: number[] }

/**
 * Splits a list of talks (each its delivery days, as deliveryDays gives them) into Upcoming and Past
 * as of `today`. The page's inline script (lib/browser/timeline-script.ts) does the same before the first
 * paint; its tests hold the two to the same answers.
 */
export function splitTimeline(deliveries: readonly (readonly string[])[], today: string): Timeline {
  const next: { index: number; day: string }[] = []
  const past: number[] = []
  deliveries.forEach((days, index) => {
    const day = days.find((d) => d >= today)
    if (day === undefined) past.push(index)
    else next.push({ index, day })
  })
  next.sort((a, b) => (a.day === b.day ? a.index - b.index : a.day < b.day ? -1 : 1))
  return { upcoming: next.map((entry) => entry.index), past }
}
