import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { formatDate, parseContentDate } from './dates'

describe('parseContentDate', () => {
  test('a plain calendar day is accepted as written', () => {
    assert.equal(parseContentDate('2023-11-30'), '2023-11-30')
  })

  test("Obsidian's date-and-minute form gives its calendar day", () => {
    assert.equal(parseContentDate('2023-11-30T12:14'), '2023-11-30')
    assert.equal(parseContentDate('2023-11-30 12:14:05'), '2023-11-30')
  })

  test('a full UTC timestamp gives the day as written', () => {
    assert.equal(parseContentDate('2023-11-30T12:14:05.123Z'), '2023-11-30')
  })

  test('a timestamp with an offset gives the day as written, not the UTC day', () => {
    // 23:30 at -05:00 is already Dec 1 in UTC; the page must still say Nov 30.
    assert.equal(parseContentDate('2023-11-30T23:30:00-05:00'), '2023-11-30')
    assert.equal(parseContentDate('2023-12-01T00:30:00+02:00'), '2023-12-01')
    assert.equal(parseContentDate('2023-12-01T00:30:00+0200'), '2023-12-01')
  })

  test('surrounding spaces are ignored', () => {
    assert.equal(parseContentDate('  2023-11-30 '), '2023-11-30')
  })

  test('a JavaScript Date gives its UTC day', () => {
    assert.equal(parseContentDate(new Date(Date.UTC(2023, 10, 30))), '2023-11-30')
  })

  test('a date that is not a real day is refused', () => {
    assert.equal(parseContentDate('2023-13-45'), null)
    assert.equal(parseContentDate('2023-02-30'), null)
    assert.equal(parseContentDate('2023-02-29'), null)
    assert.equal(parseContentDate('2023-00-10'), null)
  })

  test('a leap day is accepted only in a leap year', () => {
    assert.equal(parseContentDate('2024-02-29'), '2024-02-29')
    assert.equal(parseContentDate('1900-02-29'), null)
  })

  test('a time that is not a real time is refused', () => {
    assert.equal(parseContentDate('2023-11-30T24:00'), null)
    assert.equal(parseContentDate('2023-11-30T12:60'), null)
    assert.equal(parseContentDate('2023-11-30T12:14:60'), null)
  })

  test('words, loose formats and numbers are refused', () => {
    assert.equal(parseContentDate('tomorrow'), null)
    assert.equal(parseContentDate('30/11/2023'), null)
    assert.equal(parseContentDate('2023-1-5'), null)
    assert.equal(parseContentDate('2023-11-30 and more'), null)
    assert.equal(parseContentDate(''), null)
    assert.equal(parseContentDate(20231130), null)
    assert.equal(parseContentDate(1701302400000), null)
  })

  test('values that are not text or dates are refused', () => {
    assert.equal(parseContentDate(null), null)
    assert.equal(parseContentDate(undefined), null)
    assert.equal(parseContentDate(true), null)
    assert.equal(parseContentDate(['2023-11-30']), null)
    assert.equal(parseContentDate(new Date('not a date')), null)
  })
})

describe('formatDate', () => {
  test('a day is shown as a medium English date', () => {
    assert.equal(formatDate('2023-12-07'), 'Dec 7, 2023')
  })

  test('only the calendar day of a longer value is used', () => {
    assert.equal(formatDate('2023-12-07T23:59:00-11:00'), 'Dec 7, 2023')
  })

  test('the shown day is the same in every time zone of the build machine', () => {
    const original = process.env.TZ
    try {
      const shown = new Set<string>()
      const offsets = new Set<number>()
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'UTC']) {
        process.env.TZ = zone
        offsets.add(new Date(Date.UTC(2023, 0, 1)).getTimezoneOffset())
        shown.add(formatDate('2023-01-01'))
        shown.add(formatDate('2023-12-31'))
      }
      // The zones really changed (otherwise the test proves nothing)...
      assert.ok(offsets.size > 1, 'process.env.TZ had no effect')
      // ...and the days did not.
      assert.deepEqual([...shown].sort(), ['Dec 31, 2023', 'Jan 1, 2023'])
    } finally {
      if (original === undefined) delete process.env.TZ
      else process.env.TZ = original
    }
  })
})
