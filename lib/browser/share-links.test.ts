import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { blueskyShareUrl, linkedInShareUrl, mastodonInstance, mastodonShareUrl, tweetUrl } from './share-links'

const url = 'https://talks.example.com/talks/elixir/'

describe('share links', () => {
  test('X carries the text and the URL, encoded', () => {
    const href = new URL(tweetUrl('Elixir & more', url))
    assert.equal(href.origin + href.pathname, 'https://twitter.com/intent/tweet')
    assert.equal(href.searchParams.get('text'), 'Elixir & more')
    assert.equal(href.searchParams.get('url'), url)
  })
  test('Bluesky composes the title and the URL', () => {
    const href = new URL(blueskyShareUrl('Elixir & more', url))
    assert.equal(href.origin + href.pathname, 'https://bsky.app/intent/compose')
    assert.equal(href.searchParams.get('text'), `Elixir & more ${url}`)
  })
  test('LinkedIn shares the URL', () => {
    const href = new URL(linkedInShareUrl(url))
    assert.equal(href.origin + href.pathname, 'https://www.linkedin.com/sharing/share-offsite/')
    assert.equal(href.searchParams.get('url'), url)
  })
  test('Mastodon shares on the reader’s own instance', () => {
    const href = new URL(mastodonShareUrl('hachyderm.io', 'Elixir & more', url))
    assert.equal(href.origin + href.pathname, 'https://hachyderm.io/share')
    assert.equal(href.searchParams.get('text'), `Elixir & more ${url}`)
  })
  test('the instance is read from a host, a URL or a handle', () => {
    for (const input of ['mastodon.social', ' https://mastodon.social/ ', '@me@mastodon.social', 'me@mastodon.social', 'mastodon.social/@me']) {
      assert.equal(mastodonInstance(input), 'mastodon.social', input)
    }
    for (const input of ['', '   ', 'localhost', 'not a host!']) assert.equal(mastodonInstance(input), undefined, input)
  })
})
