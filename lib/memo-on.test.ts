import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { memoOn } from './memo-on'

describe('memoOn', () => {
  test('derives once per key object, however often it is asked', () => {
    const site = { pages: ['/a/', '/b/'] }
    let derived = 0
    const titles = memoOn(
      () => site,
      () => {
        derived++
        return new Set(site.pages)
      },
    )
    const first = titles()
    for (let i = 0; i < 1000; i++) assert.equal(titles(), first)
    assert.equal(derived, 1)
  })

  test('derives again when the key is a new object (a save in npm run dev)', () => {
    let site = { version: 1 }
    const versions: number[] = []
    const current = memoOn(
      () => site,
      () => {
        versions.push(site.version)
        return site.version
      },
    )
    assert.equal(current(), 1)
    site = { version: 2 }
    assert.equal(current(), 2)
    assert.equal(current(), 2)
    assert.deepEqual(versions, [1, 2])
  })

  test('a derived undefined is remembered too', () => {
    let derived = 0
    const key = {}
    const nothing = memoOn(
      () => key,
      () => {
        derived++
        return undefined
      },
    )
    nothing()
    nothing()
    assert.equal(derived, 1)
  })
})
