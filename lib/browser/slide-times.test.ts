import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { checkSlideTimes, formatTimestamp, hasSlideTimes, readSlideTime, slideAtTime, slideStarts } from './slide-times'

/** The seconds a slide's `Time:` line gives. */
const parseTimestamp = (text: string) => readSlideTime(`Time: ${text}`).start

describe('a Time: line', () => {
  test('reads minutes:seconds and hours:minutes:seconds', () => {
    assert.equal(parseTimestamp('0:00'), 0)
    assert.equal(parseTimestamp('12:34'), 754)
    assert.equal(parseTimestamp('1:02:03'), 3723)
    assert.equal(parseTimestamp(' 05:09 '), 309)
  })

  test('refuses what is not a clock time', () => {
    for (const text of ['75', '1:75', '1:2', '1:60:00', '', 'a:bc', '1.5:00', '12:34:']) assert.equal(parseTimestamp(text), undefined, text)
  })
})

test('formatTimestamp writes what a Time: line reads', () => {
  assert.equal(formatTimestamp(0), '0:00')
  assert.equal(formatTimestamp(754), '12:34')
  assert.equal(formatTimestamp(3723), '1:02:03')
  for (const seconds of [0, 59, 60, 754, 3599, 3600, 3723]) assert.equal(parseTimestamp(formatTimestamp(seconds)), seconds)
})

describe('readSlideTime', () => {
  test('takes the Time: line out of the slide and gives its seconds', () => {
    assert.deepEqual(readSlideTime('## Scaling\n\nTime: 3:05\n\n- a point'), { markdown: '## Scaling\n\n\n- a point', start: 185, problems: [] })
    assert.deepEqual(readSlideTime('## Scaling\ntime: 1:00:00'), { markdown: '## Scaling', start: 3600, problems: [] })
  })

  test('leaves a slide without a Time: line as it is', () => {
    assert.deepEqual(readSlideTime('## Agenda\n\nTime: for questions'), { markdown: '## Agenda\n\nTime: for questions', start: undefined, problems: [] })
    assert.deepEqual(readSlideTime('We met at Time: 10:30 sharp'), { markdown: 'We met at Time: 10:30 sharp', start: undefined, problems: [] })
  })

  test('never reads a Time: line inside fenced code', () => {
    const markdown = '```yaml\nTime: 1:00\n```'
    assert.deepEqual(readSlideTime(markdown), { markdown, start: undefined, problems: [] })
  })

  test('reads fences as the slide splitter does: a shorter fence inside a longer one does not close it', () => {
    const code = '````md\n```\nTime: 1:00\n```\n````'
    assert.deepEqual(readSlideTime(`${code}\nTime: 2:00`), { markdown: code, start: 120, problems: [] })
  })

  test('reports a time that is not one, and a second Time: line', () => {
    assert.deepEqual(readSlideTime('Time: 1:75').problems, ['"Time: 1:75" is not a time such as 12:34 or 1:02:03'])
    const twice = readSlideTime('Time: 1:00\nTime: 2:00')
    assert.equal(twice.start, 60)
    assert.match(twice.problems[0] ?? '', /two Time: lines/)
  })
})

test('checkSlideTimes names each slide whose time does not come after the one before', () => {
  assert.deepEqual(checkSlideTimes([0, undefined, 60, 120]), [])
  assert.deepEqual(checkSlideTimes([0, 90, undefined, 60, 60]), [
    { slide: 4, message: "Time: 1:00 is not after slide 2's 1:30: times must increase through the deck" },
    { slide: 5, message: "Time: 1:00 is not after slide 4's 1:00: times must increase through the deck" },
  ])
})

describe('the time -> slide mapping', () => {
  const times = [undefined, 5, undefined, 10, 15]

  test('every slide has a start: an untimed one starts with the timed slide before it', () => {
    assert.deepEqual(slideStarts(times), [0, 5, 5, 10, 15])
  })

  test('the slide at a time is the last timed slide that started by then', () => {
    assert.equal(slideAtTime(times, 0), 1)
    assert.equal(slideAtTime(times, 4.9), 1)
    assert.equal(slideAtTime(times, 5), 2)
    assert.equal(slideAtTime(times, 9.99), 2)
    assert.equal(slideAtTime(times, 12), 4)
    assert.equal(slideAtTime(times, 600), 5)
  })

  test('a deck moved to a slide and played from its start stays on that slide or the timed one it shares a start with', () => {
    slideStarts(times).forEach((start, i) => assert.ok(slideAtTime(times, start) <= i + 1))
    assert.equal(slideAtTime(times, slideStarts(times)[3]!), 4)
  })

  test('hasSlideTimes: only decks with a time load the sync code', () => {
    assert.equal(hasSlideTimes([undefined, undefined]), false)
    assert.equal(hasSlideTimes(times), true)
  })
})
