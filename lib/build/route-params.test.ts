import assert from 'node:assert/strict'
import { test } from 'node:test'
import { decodeParam, routeParams } from './route-params'

test('a percent-encoded slug is decoded to the slug generateStaticParams returned', () => {
  assert.equal(decodeParam(encodeURIComponent('заметки-о-go')), 'заметки-о-go')
  assert.equal(decodeParam(encodeURIComponent('東京メモ')), '東京メモ')
  assert.equal(decodeParam(encodeURIComponent('über-café-')), 'über-café-')
})

test('a slug that is already decoded passes through unchanged', () => {
  assert.equal(decodeParam('שלום-עולם'), 'שלום-עולם')
  assert.equal(decodeParam('elixir-in-the-big-and-small'), 'elixir-in-the-big-and-small')
  assert.equal(decodeParam('100%-sure'), '100%-sure')
})

test('routeParams decodes every param, catch-all segments included', async () => {
  const params = Promise.resolve({ slug: encodeURIComponent('größe'), path: ['notes', encodeURIComponent('東京メモ.png')] })
  assert.deepEqual(await routeParams(params), { slug: 'größe', path: ['notes', '東京メモ.png'] })
})
