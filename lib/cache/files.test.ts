import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, test } from 'node:test'
import { cachedBytes, cachedJsonSync, cacheKey, codeOf } from './files'

const folders: string[] = []
const folder = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'build-cache-'))
  folders.push(dir)
  return dir
}
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

const maker = () => {
  const calls: string[] = []
  const make = (text: string) => async () => {
    calls.push(text)
    return new TextEncoder().encode(text).buffer as ArrayBuffer
  }
  return { calls, make }
}
const text = (bytes: ArrayBuffer) => new TextDecoder().decode(bytes)

test('the same inputs render once: the second build reads the stored bytes', async () => {
  const dir = folder()
  const { calls, make } = maker()
  assert.equal(text(await cachedBytes(dir, { title: 'Elixir' }, make('first'))), 'first')
  assert.equal(text(await cachedBytes(dir, { title: 'Elixir' }, make('second'))), 'first')
  assert.deepEqual(calls, ['first'])
})

test('any changed input renders anew, and both versions stay valid', async () => {
  const dir = folder()
  const { calls, make } = maker()
  await cachedBytes(dir, { title: 'Elixir', template: 'a' }, make('a'))
  assert.equal(text(await cachedBytes(dir, { title: 'Elixir', template: 'b' }, make('b'))), 'b')
  assert.equal(text(await cachedBytes(dir, { title: 'Elixir!', template: 'b' }, make('c'))), 'c')
  assert.deepEqual(calls, ['a', 'b', 'c'])
  assert.equal(readdirSync(dir).filter((f) => f.endsWith('.bin')).length, 3)
})

test('no temporary file is left behind', async () => {
  const dir = folder()
  await cachedBytes(dir, 1, maker().make('x'))
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [])
})

test('keys differ by value and by shape', () => {
  assert.equal(cacheKey({ a: 1 }), cacheKey({ a: 1 }))
  assert.notEqual(cacheKey({ a: 1 }), cacheKey({ a: 2 }))
  assert.notEqual(cacheKey(['1']), cacheKey([1]))
})

test('a JSON value is computed by the first process and read by the next', () => {
  const dir = folder()
  let runs = 0
  const make = () => (runs++, { links: ['Elixir'], excerpt: 'Hello' })
  assert.deepEqual(cachedJsonSync(dir, { body: 'Hello [[Elixir]]' }, make), { links: ['Elixir'], excerpt: 'Hello' })
  assert.deepEqual(cachedJsonSync(dir, { body: 'Hello [[Elixir]]' }, make), { links: ['Elixir'], excerpt: 'Hello' })
  cachedJsonSync(dir, { body: 'Hello [[Go]]' }, make)
  assert.equal(runs, 2)
  assert.equal(readdirSync(dir).filter((f) => f.endsWith('.json')).length, 2)
})

test('the code of a folder changes with any file in it, a new one too, and not with its tests', () => {
  const dir = path.relative(process.cwd(), folder())
  writeFileSync(path.join(dir, 'renderer.ts'), 'v1')
  writeFileSync(path.join(dir, 'renderer.test.ts'), 't1')
  const before = codeOf([dir])()
  assert.equal(codeOf([dir])(), before)
  writeFileSync(path.join(dir, 'renderer.test.ts'), 't2')
  assert.equal(codeOf([dir])(), before)
  writeFileSync(path.join(dir, 'renderer.ts'), 'v2')
  const edited = codeOf([dir])()
  assert.notEqual(edited, before)
  mkdirSync(path.join(dir, 'plugins'))
  writeFileSync(path.join(dir, 'plugins', 'callouts.ts'), 'v1')
  assert.notEqual(codeOf([dir])(), edited)
})
