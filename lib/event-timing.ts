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
