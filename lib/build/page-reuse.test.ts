import assert from 'node:assert/strict'
import { test } from 'node:test'
import { outputKey, outputPath, paramsToRender, reusable, type OutputManifest } from './page-reuse'

test('an output path is its route with the params: pages end with a slash, files do not', () => {
  assert.equal(outputPath('/notes/[slug]', { slug: 'über-café-' }, 'page'), '/notes/über-café-/')
  assert.equal(outputPath('/talks/[slug]/slides/[n]', { slug: 'deck', n: '3' }, 'page'), '/talks/deck/slides/3/')
  assert.equal(outputPath('/og/[...path]', { path: ['talks', 'deck', 'slides', '3.png'] }, 'file'), '/og/talks/deck/slides/3.png')
  assert.equal(outputPath('/talks/[slug]/oembed.json', { slug: 'deck' }, 'file'), '/talks/deck/oembed.json')
  assert.equal(outputPath('/[shortlink]', { shortlink: 'elixir' }, 'page'), '/elixir/')
  assert.throws(() => outputPath('/notes/[slug]', {}, 'page'), /no value for \[slug\]/)
})

test("an output's key changes with the build's global key and with its document, and only then", () => {
  const key = outputKey('global-1', 'note-1')
  assert.equal(outputKey('global-1', 'note-1'), key)
  assert.notEqual(outputKey('global-2', 'note-1'), key)
  assert.notEqual(outputKey('global-1', 'note-2'), key)
  assert.notEqual(outputKey('global-1', undefined), key)
  assert.equal(outputKey('global-1', undefined), outputKey('global-1', undefined))
})

const previous: OutputManifest = {
  outputs: {
    '/notes/a/': { key: 'k-a', files: ['notes/a/index.html', 'notes/a/index.txt'] },
    '/notes/b/': { key: 'k-b', files: ['notes/b/index.html'] },
    '/notes/empty/': { key: 'k-e', files: [] },
  },
}

test('an output is reused only under the same key, with every one of its files still kept', () => {
  const all = () => true
  assert.equal(reusable({ path: '/notes/a/', key: 'k-a' }, previous, all), true)
  assert.equal(reusable({ path: '/notes/a/', key: 'changed' }, previous, all), false)
  assert.equal(reusable({ path: '/notes/new/', key: 'k-a' }, previous, all), false)
  assert.equal(reusable({ path: '/notes/empty/', key: 'k-e' }, previous, all), false)
  assert.equal(reusable({ path: '/notes/a/', key: 'k-a' }, previous, (files) => !files.includes('notes/a/index.txt')), false)
})

test('a route renders what cannot be reused, and its placeholder when that is nothing', () => {
  const outputs = [
    { params: { slug: 'a' }, planned: { path: '/notes/a/', key: 'k-a' } },
    { params: { slug: 'b' }, planned: { path: '/notes/b/', key: 'k-b2' } },
  ]
  const isReusable = (output: { path: string; key: string }) => reusable(output, previous, () => true)
  assert.deepEqual(paramsToRender(outputs, isReusable, { slug: '__empty__' }), [{ slug: 'b' }])
  assert.deepEqual(paramsToRender(outputs.slice(0, 1), isReusable, { slug: '__empty__' }), [{ slug: '__empty__' }])
  assert.deepEqual(paramsToRender([], isReusable, { slug: '__empty__' }), [{ slug: '__empty__' }])
})
