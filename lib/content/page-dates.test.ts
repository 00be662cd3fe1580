import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { pageDates } from './page-dates'

const dir = mkdtempSync(path.join(tmpdir(), 'page-dates-'))
after(() => rmSync(dir, { recursive: true, force: true }))

/** A content file last modified at `time`. */
function fileAt(name: string, time: string): string {
  const file = path.join(dir, name)
  writeFileSync(file, '---\ntitle: x\n---\n')
  utimesSync(file, new Date(time), new Date(time))
  return file
}

describe('pageDates', () => {
  it('dates an undated note by its file, never 1970', () => {
    const file = fileAt('undated.md', '2026-03-04T05:06:07.890Z')
    assert.deepEqual(pageDates({ file }), { published: new Date('2026-03-04T05:06:07Z'), updated: new Date('2026-03-04T05:06:07Z') })
  })

  it("publishes a page on its own date, and updates it when its file changes (a new title moves no date field)", () => {
    const file = fileAt('talk.md', '2024-06-01T10:00:00Z')
    assert.deepEqual(pageDates({ file, date: '2023-12-07' }), { published: new Date('2023-12-07T00:00:00Z'), updated: new Date('2024-06-01T10:00:00Z') })
    utimesSync(file, new Date('2024-07-01T08:00:00Z'), new Date('2024-07-01T08:00:00Z'))
    assert.deepEqual(pageDates({ file, date: '2023-12-07' }).updated, new Date('2024-07-01T08:00:00Z'))
  })

  it("takes a note's created as published and the newest of updated and the file as updated", () => {
    const file = fileAt('note.md', '2024-01-01T00:00:00Z')
    assert.deepEqual(pageDates({ file, date: '2025-02-02', created: '2023-11-30T12:14', updated: '2025-02-02' }), {
      published: new Date('2023-11-30T00:00:00Z'),
      updated: new Date('2025-02-02T00:00:00Z'),
    })
  })

  it('never updates a page before it is published (an upcoming talk)', () => {
    const file = fileAt('upcoming.md', '2024-01-01T00:00:00Z')
    const dates = pageDates({ file, date: '2030-05-05' })
    assert.deepEqual(dates.updated, dates.published)
  })

  it('gives the same dates for the same file, however often it is asked (a rebuild)', () => {
    const file = fileAt('same.md', '2024-01-01T00:00:00.123Z')
    assert.deepEqual(pageDates({ file, date: '2020-01-01' }), pageDates({ file, date: '2020-01-01' }))
  })
})
