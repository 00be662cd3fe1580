import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readYoutubeMessage, youtubeApiUrl, youtubeCommand, youtubeListening } from './youtube-player'

test('youtubeApiUrl turns the API on for this origin and starts where asked', () => {
  const url = new URL(youtubeApiUrl('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1', 'https://talks.example', 125.7))
  assert.equal(url.origin, 'https://www.youtube-nocookie.com')
  assert.equal(url.pathname, '/embed/aqz-KE-bpKQ')
  assert.equal(url.searchParams.get('enablejsapi'), '1')
  assert.equal(url.searchParams.get('origin'), 'https://talks.example')
  assert.equal(url.searchParams.get('start'), '125')
  assert.equal(url.searchParams.get('autoplay'), '1')
  assert.equal(new URL(youtubeApiUrl('https://www.youtube-nocookie.com/embed/x?start=9', 'https://a.example')).searchParams.get('start'), '9')
})

test('commands and the listening message are the widget protocol', () => {
  assert.deepEqual(JSON.parse(youtubeListening()), { event: 'listening', id: 1, channel: 'widget' })
  assert.deepEqual(JSON.parse(youtubeCommand({ func: 'seekTo', args: [61, true] })), {
    event: 'command', func: 'seekTo', args: [61, true], id: 1, channel: 'widget',
  })
})

test("readYoutubeMessage reads the player's time and state, as JSON text or object", () => {
  assert.deepEqual(readYoutubeMessage('{"event":"onReady","id":1}'), { ready: true })
  assert.deepEqual(readYoutubeMessage('{"event":"infoDelivery","info":{"currentTime":12.5,"playerState":1}}'), { currentTime: 12.5, playing: true })
  assert.deepEqual(readYoutubeMessage({ event: 'infoDelivery', info: { playerState: 2 } }), { playing: false })
  assert.deepEqual(readYoutubeMessage('{"event":"onStateChange","info":0}'), { playing: false })
})

test('readYoutubeMessage ignores what is not the player speaking', () => {
  for (const data of ['not json', '42', null, { type: 'slide', slide: 3 }, '{"event":"infoDelivery","info":{"currentTime":"12"}}']) {
    const report = readYoutubeMessage(data)
    assert.ok(report === undefined || Object.keys(report).length === 0, String(data))
  }
})
