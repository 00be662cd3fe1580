/**
 * The site's orders, decided here once: every list, backlink list, tag page and feed is newest
 * first, and a talk's events are newest first, so its latest delivery is events[0]; lists of talks
 * are by their last delivery (the days lib/browser/event-timing.ts deliveryDays gives), latest first.
 */

/** Newest first; the same date in title order, then by URL, so no order depends on the files' order. */
export function newestFirst(a: { date?: string; title: string; url: string }, b: { date?: string; title: string; url: string }): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title) || a.url.localeCompare(b.url)
}

/** A talk's events, newest first (YYYY-MM-DD dates compare as text); the same date keeps the written order. */
export function eventsNewestFirst<E extends { date: string }>(events: readonly E[]): E[] {
  return [...events].sort((a, b) => b.date.localeCompare(a.date))
}

/**
 * The build's order for a list of talks: latest last delivery first. It holds on any day: every
 * talk still to be given on a day comes before every talk given for the last time before it, so a
 * list page's first page holds the upcoming ones and the browser only splits and reorders them.
 */
export function byLastDelivery(a: readonly string[], b: readonly string[]): number {
  return (b[b.length - 1] ?? '').localeCompare(a[a.length - 1] ?? '')
}
