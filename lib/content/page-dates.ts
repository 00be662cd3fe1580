/**
 * When a page was first published and last updated, as the feeds and the sitemap say it
 * (docs/content-format.md, "Dates in feeds and the sitemap").
 *
 * - published: the page's own first date (a note's `created`, else its `updated`; a talk's or case
 *   study's `date`), else its file's modification time: an undated note is never "1970".
 * - updated: the newest of that date, a note's `updated` and the file's modification time, so that
 *   any edit of the file (a new title, a fixed typo) moves it, and rebuilding the same checkout
 *   does not. Never the build's clock: the build is reproducible (e2e/rebuild.spec.ts).
 *
 * A fresh clone dates every file at checkout (git keeps no times), so a host that builds from a
 * fresh clone moves every page's "updated" to its clone; it still never goes back in time.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import type { PageRef } from '../core/model'

export type PageDates = { published: Date; updated: Date }

type DatedPage = Pick<PageRef, 'date'> & { file: string; created?: string; updated?: string }

/** A content date ("2023-11-30") as the start of its day in UTC, as every page shows it. */
const dayStart = (day: string) => new Date(`${day.slice(0, 10)}T00:00:00Z`)

/** A file's modification time to the second: the feeds and the sitemap need no finer time. */
function fileModified(file: string): Date {
  const time = statSync(path.resolve(file)).mtimeMs
  return new Date(Math.floor(time / 1000) * 1000)
}

export function pageDates(page: DatedPage): PageDates {
  const modified = fileModified(page.file)
  const first = page.created ?? page.date
  const published = first ? dayStart(first) : modified
  const candidates = [published, modified, ...(page.updated ? [dayStart(page.updated)] : [])]
  return { published, updated: new Date(Math.max(...candidates.map((date) => date.getTime()))) }
}
