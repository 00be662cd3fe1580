// 2023-11-30, 2023-11-30T12:14, 2023-11-30 12:14:05, 2023-11-30T12:14:05.123Z, ...+02:00
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * Reads a content date. Returns the calendar day it names ("YYYY-MM-DD"), as written, so a
 * page never shows a different day depending on the build machine's time zone; null when the
 * value is not a real date (2023-13-45, "tomorrow").
 */
export function parseContentDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  if (typeof value !== 'string') return null
  const match = ISO.exec(value.trim())
  if (!match) return null
  const [, y, m, d, hh, mm, ss] = match
  const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  const valid =
    day.getUTCFullYear() === Number(y) &&
    day.getUTCMonth() === Number(m) - 1 &&
    day.getUTCDate() === Number(d) &&
    (hh === undefined || Number(hh) < 24) &&
    (mm === undefined || Number(mm) < 60) &&
    (ss === undefined || Number(ss) < 60)
  return valid ? `${y}-${m}-${d}` : null
}

// One formatter per locale: making one costs far more than formatting with it, and a build
// formats a date for every talk, event and list entry it renders.
const formatters = new Map<string, Intl.DateTimeFormat>()

/** "2023-12-07" -> "Dec 7, 2023", the same on every machine. */
export function formatDate(day: string, locale = 'en'): string {
  let formatter = formatters.get(locale)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
    formatters.set(locale, formatter)
  }
  return formatter.format(new Date(`${day.slice(0, 10)}T00:00:00Z`))
}
