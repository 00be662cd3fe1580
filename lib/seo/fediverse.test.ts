import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { fediverseCreator, fediverseHandle } from './fediverse'

describe('fediverseHandle', () => {
  test('reads @user@instance from https://<instance>/@user, on any instance', () => {
    assert.equal(fediverseHandle('https://mastodon.social/@example'), '@example@mastodon.social')
    assert.equal(fediverseHandle('https://hachyderm.io/@ada_l/'), '@ada_l@hachyderm.io')
  })
  test('anything else is no handle', () => {
    for (const url of ['https://mastodon.social/', 'https://mastodon.social/users/example', 'http://x.example/@a', 'https://x.example/@a/123', 'not a url']) {
      assert.equal(fediverseHandle(url), undefined, url)
    }
  })
})

describe('fediverseCreator', () => {
  test('comes from the Mastodon link only', () => {
    const youtube = { kind: 'youtube' as const, label: 'YouTube', url: 'https://youtube.com/@example' }
    assert.equal(fediverseCreator([youtube]), undefined)
    assert.equal(fediverseCreator([youtube, { kind: 'mastodon', label: 'Mastodon', url: 'https://fosstodon.org/@ex' }]), '@ex@fosstodon.org')
  })
})
