import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { eventTiming, localDay } from './event-timing'

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
