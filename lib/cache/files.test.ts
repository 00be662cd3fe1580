import assert from 'node:assert/strict'
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, test } from 'node:test'
import {
  bytesHash,
  cachedBytes,
  cachedJsonSync,
  cacheFolder,
  cacheKey,
  codeOf,
  isTemporaryFile,
  writeFileAtomically,
  writeFileAtomicallyAsync,
} from './files'

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

test('the code of a folder changes with any file in it, a new one too, and not with its tests or README', () => {
  const dir = path.relative(process.cwd(), folder())
  writeFileSync(path.join(dir, 'renderer.ts'), 'v1')
  writeFileSync(path.join(dir, 'renderer.test.ts'), 't1')
  const before = codeOf([dir])()
  assert.equal(codeOf([dir])(), before)
  writeFileSync(path.join(dir, 'renderer.test.ts'), 't2')
  writeFileSync(path.join(dir, 'README.md'), '# How the renderer works')
  assert.equal(codeOf([dir])(), before)
  writeFileSync(path.join(dir, 'renderer.ts'), 'v2')
  const edited = codeOf([dir])()
  assert.notEqual(edited, before)
  mkdirSync(path.join(dir, 'plugins'))
  writeFileSync(path.join(dir, 'plugins', 'callouts.ts'), 'v1')
  assert.notEqual(codeOf([dir])(), edited)
})

test("every cache lives under the project's .next/cache/, where next build and CI keep it", () => {
  const cache = path.join(process.cwd(), '.next', 'cache')
  assert.equal(cacheFolder('og'), path.join(cache, 'speaker-site', 'og'))
  assert.equal(cacheFolder('pages'), path.join(cache, 'speaker-site', 'pages'))
  assert.equal(cacheFolder('dev-memo'), path.join(cache, 'speaker-site'))
  assert.equal(cacheFolder('images'), path.join(cache, 'images'))
  for (const name of ['attachment-hashes', 'markdown', 'markdown-trees', 'page-plans', 'scan', 'site-index'] as const) {
    assert.equal(path.dirname(cacheFolder(name)), path.join(cache, 'speaker-site'), name)
    assert.equal(path.basename(cacheFolder(name)), name)
  }
})

test('a file is hashed by its bytes alone', () => {
  assert.equal(bytesHash(new TextEncoder().encode('abc')), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  assert.equal(bytesHash(Buffer.from('abc')), bytesHash(new Uint8Array([97, 98, 99])))
  assert.notEqual(bytesHash(Buffer.from('abc')), bytesHash(Buffer.from('abd')))
})

test('an atomic write creates its folder, replaces the file, and leaves no temporary file', () => {
  const file = path.join(folder(), 'deep', 'er', 'index.json')
  writeFileAtomically(file, 'old')
  writeFileAtomically(file, new TextEncoder().encode('new'))
  assert.equal(readFileSync(file, 'utf8'), 'new')
  assert.deepEqual(readdirSync(path.dirname(file)), ['index.json'])
})

test('an atomic write replaces the file rather than writing into it: a hard link keeps the old bytes', () => {
  const dir = folder()
  const file = path.join(dir, 'page.html')
  writeFileAtomically(file, 'old page')
  linkSync(file, path.join(dir, 'kept.html'))
  writeFileAtomically(file, 'new page')
  assert.equal(readFileSync(path.join(dir, 'kept.html'), 'utf8'), 'old page')
  assert.equal(readFileSync(file, 'utf8'), 'new page')
})

test('a reader never sees half a file while it is being written', async () => {
  const file = path.join(folder(), 'big.bin')
  const before = 'a'.repeat(1024)
  const after = 'b'.repeat(16 * 2 ** 20)
  writeFileAtomically(file, before)
  let done = false
  const writing = writeFileAtomicallyAsync(file, after).then(() => (done = true))
  const seen = new Set<number>()
  while (!done) {
    const read = readFileSync(file, 'utf8')
    assert.ok(read === before || read === after, `read ${read.length} bytes`)
    seen.add(read.length)
    await new Promise((resolve) => setImmediate(resolve))
  }
  await writing
  assert.ok(seen.has(before.length))
  assert.equal(readFileSync(file, 'utf8'), after)
})

test('writers of the same file at once each use their own temporary file', async () => {
  const dir = folder()
  const file = path.join(dir, 'same.json')
  const contents = Array.from({ length: 8 }, (_, i) => String(i).repeat(2 ** 16))
  await Promise.all(contents.map((text) => writeFileAtomicallyAsync(file, text)))
  assert.ok(contents.includes(readFileSync(file, 'utf8')))
  assert.deepEqual(readdirSync(dir), ['same.json'])
})

test('a temporary file is told from the files it becomes', () => {
  assert.equal(isTemporaryFile('bodies.txt.0123456789abcdef.4242.k3j5h.tmp'), true)
  assert.equal(isTemporaryFile('bodies.txt.0123456789abcdef'), false)
  assert.equal(isTemporaryFile('index.json'), false)
})
