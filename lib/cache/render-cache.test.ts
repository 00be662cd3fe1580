import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { cachedRender, fileStore, recordQuestions, sameAnswers, type CachedRender, type RenderStore } from './render-cache'

const memoryStore = (): RenderStore & { entries: Map<string, CachedRender> } => {
  const entries = new Map<string, CachedRender>()
  return { entries, read: (key) => entries.get(key), write: (key, entry) => void entries.set(key, entry) }
}

type Options = { resolve: (name: string) => string | undefined; softBreaks?: boolean }

/** A renderer that links each [[name]] through options.resolve, and counts its runs. */
const renderer = () => {
  let runs = 0
  const render = async (source: string, options: Options) => {
    runs++
    return source.replace(/\[\[(.+?)\]\]/g, (_, name: string) => {
      const url = options.resolve(name)
      return url ? `<a href="${url}">${name}</a>` : name
    })
  }
  return { render, runs: () => runs }
}

test('a body renders once: the next build with the same links reads the stored HTML', async () => {
  const store = memoryStore()
  const { render, runs } = renderer()
  const options = { resolve: (name: string) => `/notes/${name.toLowerCase()}/` }
  assert.equal(await cachedRender(store, 'v1', 'See [[Elixir]]', options, render), 'See <a href="/notes/elixir/">Elixir</a>')
  assert.equal(await cachedRender(store, 'v1', 'See [[Elixir]]', { ...options }, render), 'See <a href="/notes/elixir/">Elixir</a>')
  assert.equal(runs(), 1)
})

test('a link whose target changed since (renamed, deleted) renders the body anew', async () => {
  const store = memoryStore()
  const { render, runs } = renderer()
  await cachedRender(store, 'v1', 'See [[Elixir]]', { resolve: () => '/notes/elixir/' }, render)
  const html = await cachedRender(store, 'v1', 'See [[Elixir]]', { resolve: () => undefined }, render)
  assert.equal(html, 'See Elixir')
  assert.equal(runs(), 2)
})

test('another source, option or renderer version is another entry', async () => {
  const store = memoryStore()
  const { render, runs } = renderer()
  const resolve = () => undefined
  await cachedRender(store, 'v1', 'a', { resolve }, render)
  await cachedRender(store, 'v1', 'b', { resolve }, render)
  await cachedRender(store, 'v1', 'b', { resolve, softBreaks: true }, render)
  await cachedRender(store, 'v2', 'b', { resolve, softBreaks: true }, render)
  assert.equal(runs(), 4)
  assert.equal(store.entries.size, 4)
})

test('questions are recorded with their answers, Maps and undefined included', () => {
  const { options, questions } = recordQuestions({ resolve: (name: string) => (name === 'x' ? new Map([['a', 1]]) : undefined), n: 2 })
  options.resolve('x')
  options.resolve('y')
  assert.equal(options.n, 2)
  assert.deepEqual(questions, [
    { resolver: 'resolve', args: '["x"]', answer: '[["a",1]]' },
    { resolver: 'resolve', args: '["y"]', answer: 'undefined' },
  ])
  assert.equal(sameAnswers(questions, { resolve: (name: string) => (name === 'x' ? new Map([['a', 1]]) : undefined) }), true)
  assert.equal(sameAnswers(questions, { resolve: () => undefined }), false)
  assert.equal(sameAnswers(questions, {}), false, 'a resolver that is gone cannot answer')
})

test('the file store keeps entries between processes, as JSON files', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'render-cache-'))
  try {
    const { render, runs } = renderer()
    const options = { resolve: () => '/x/' }
    await cachedRender(fileStore(dir), 'v1', '[[X]]', options, render)
    assert.equal(await cachedRender(fileStore(dir), 'v1', '[[X]]', options, render), '<a href="/x/">X</a>')
    assert.equal(runs(), 1)
    assert.equal(fileStore(dir).read('no such key'), undefined)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
