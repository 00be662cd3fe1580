import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { deliveryDays, eventTiming, localDay, splitTimeline } from './event-timing'
import { byLastDelivery } from '../core/order'
import { timelineScript } from './timeline-script'

describe('eventTiming', () => {
  test('an event after today is upcoming, one before is past', () => {
    assert.equal(eventTiming('2023-12-07', '2023-12-01'), 'upcoming')
    assert.equal(eventTiming('2023-12-07', '2024-01-01'), 'past')
  })

  test('on its own day an event is still upcoming; the next day it is past', () => {
    assert.equal(eventTiming('2023-12-07', '2023-12-07'), 'upcoming')
    assert.equal(eventTiming('2023-12-07', '2023-12-08'), 'past')
  })
})

describe('localDay', () => {
  test('is the local calendar day, zero-padded', () => {
    assert.equal(localDay(new Date(2024, 0, 5, 23, 59)), '2024-01-05')
    assert.equal(localDay(new Date(2023, 11, 31, 0, 0)), '2023-12-31')
  })
})

test('deliveryDays: the events\' days, earliest first and once each, or the talk\'s date without events', () => {
  assert.deepEqual(deliveryDays({ date: '2024-01-01', events: [{ date: '2024-09-20' }, { date: '2024-03-10' }, { date: '2024-03-10' }] }), ['2024-03-10', '2024-09-20'])
  assert.deepEqual(deliveryDays({ date: '2024-01-01', events: [] }), ['2024-01-01'])
})

describe('the list of talks, upcoming and past', () => {
  // As built: latest last delivery first.
  const talks = {
    twiceThisYear: ['2024-03-10', '2024-09-20'],
    may: ['2024-05-01'],
    lastYear: ['2023-12-07'],
    longAgo: ['2023-06-15'],
  }
  const listed = Object.values(talks).sort(byLastDelivery)
  const names = (indices: number[]) => indices.map((i) => Object.keys(talks).find((k) => talks[k as keyof typeof talks] === listed[i]))

  test('the build lists talks by their last delivery, latest first', () => {
    assert.deepEqual(names(listed.map((_, i) => i)), ['twiceThisYear', 'may', 'lastYear', 'longAgo'])
  })

  test('on a day between deliveries, the next upcoming delivery comes first and the past keep their order', () => {
    assert.deepEqual(
      { upcoming: names(splitTimeline(listed, '2024-04-01').upcoming), past: names(splitTimeline(listed, '2024-04-01').past) },
      { upcoming: ['may', 'twiceThisYear'], past: ['lastYear', 'longAgo'] },
    )
    assert.deepEqual(names(splitTimeline(listed, '2024-01-01').upcoming), ['twiceThisYear', 'may'])
  })

  test('a talk is upcoming on its day, past the day after; after every delivery nothing is upcoming', () => {
    assert.deepEqual(names(splitTimeline(listed, '2024-09-20').upcoming), ['twiceThisYear'])
    assert.deepEqual(splitTimeline(listed, '2024-09-21'), { upcoming: [], past: [0, 1, 2, 3] })
  })

  test('whatever the day, the upcoming talks are the first ones the build listed', () => {
    for (const today of ['2023-01-01', '2023-07-01', '2024-02-01', '2024-06-01', '2025-01-01']) {
      const { upcoming } = splitTimeline(listed, today)
      assert.deepEqual([...upcoming].sort(), upcoming.map((_, i) => i), today)
    }
  })
})

/**
 * Runs the inline script on a list of talks as the page has it (one `li[data-deliveries]` each), at
 * `now`, and reads back the split it shows: the upcoming talks by their `style.order`, the rest past.
 */
function runTimelineScript(deliveries: readonly (readonly string[])[], now: Date) {
  const items = deliveries.map((days) => {
    const pastLabel = { hidden: true }
    return { style: { order: '' }, pastLabel, getAttribute: () => days.join(' '), querySelector: () => pastLabel }
  })
  const upcomingLabel = { hidden: true }
  const attributes: string[] = []
  const root = { querySelectorAll: () => items, querySelector: () => upcomingLabel, setAttribute: (name: string) => attributes.push(name) }
  const FixedDate = class extends Date {
    constructor() {
      super(now)
    }
  }
  new Function('document', 'Date', timelineScript())({ currentScript: { previousElementSibling: root } }, FixedDate)
  const upcoming = items.flatMap((item, index) => (item.style.order === '' ? [] : [{ index, order: Number(item.style.order) }]))
  return {
    timeline: {
      upcoming: upcoming.sort((a, b) => a.order - b.order).map((entry) => entry.index),
      past: items.flatMap((item, index) => (item.style.order === '' ? [index] : [])),
    },
    pastLabels: items.flatMap((item, index) => (item.pastLabel.hidden ? [] : [index])),
    upcomingLabel: !upcomingLabel.hidden,
    attributes,
  }
}

describe('the inline script (lib/browser/timeline-script.ts)', () => {
  test('splits as splitTimeline does, and labels the first past talk and the upcoming ones', () => {
    const lists = [[['2024-03-10', '2024-09-20'], ['2024-05-01'], ['2023-12-07'], ['2023-06-15']], [['2024-05-01'], ['2024-05-01']], []]
    for (const list of lists) {
      for (const today of ['2023-01-01', '2023-12-07', '2024-04-01', '2024-05-01', '2024-05-02', '2025-01-01']) {
        const shown = runTimelineScript(list, new Date(`${today}T12:00:00`))
        const expected = splitTimeline(list, today)
        const why = `${today} ${JSON.stringify(list)}`
        assert.deepEqual(shown.timeline, expected, why)
        assert.deepEqual(shown.pastLabels, expected.upcoming.length > 0 && expected.past.length > 0 ? [expected.past[0]] : [], why)
        assert.equal(shown.upcomingLabel, expected.upcoming.length > 0, why)
        assert.deepEqual(shown.attributes, ['data-arranged'], why)
      }
    }
  })

  test('knows the same day as localDay: a talk today is upcoming, one yesterday past', () => {
    for (const date of [new Date(2024, 0, 5, 23, 59), new Date(2023, 11, 31, 0, 0), new Date(2024, 9, 10)]) {
      const day = (offset: number) => localDay(new Date(date.getFullYear(), date.getMonth(), date.getDate() + offset))
      const list = [[day(-1)], [day(0)], [day(1)]]
      assert.deepEqual(runTimelineScript(list, date).timeline, splitTimeline(list, localDay(date)), String(date))
      assert.deepEqual(runTimelineScript(list, date).timeline, { upcoming: [1, 2], past: [0] }, String(date))
    }
  })

  test('is one expression that parses', () => {
    assert.doesNotThrow(() => new Function(timelineScript()))
  })
})
