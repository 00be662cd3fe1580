import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { outputKey } from './page-reuse'
import { clearRoutePlans, filesOfOutput, keepOutputs, readManifest, readRoutePlans, restoreOutputs, writeRoutePlan, type PageStore } from './page-store'

function workspace() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'page-store-'))
  const store: PageStore = { dir: path.join(root, 'cache', 'pages'), plans: path.join(root, 'cache', 'plans') }
  const out = path.join(root, 'out')
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true })
    writeFileSync(path.join(out, file), text)
  }
  const read = (file: string) => readFileSync(path.join(out, file), 'utf8')
  return { root, store, out, write, read, done: () => rmSync(root, { recursive: true, force: true }) }
}

/** What `next build` and the export do: out/ emptied, then the rendered outputs written, then kept. */
function build(ws: ReturnType<typeof workspace>, global: string, outputs: { path: string; key: string; files?: Record<string, string> }[]) {
  rmSync(ws.out, { recursive: true, force: true })
  mkdirSync(ws.out, { recursive: true })
  clearRoutePlans(ws.store)
  // One plan per route pattern, as the routes write them: "/talks/x/oembed.json" is a route of its own.
  const patterns = new Map<string, { path: string; key: string }[]>()
  for (const { path: p, key } of outputs) {
    const pattern = p.endsWith('/') ? '/[page]' : '/[file]'
    patterns.set(pattern, [...(patterns.get(pattern) ?? []), { path: p, key }])
  }
  for (const [pattern, planned] of patterns) writeRoutePlan(ws.store, global, pattern, planned)
  for (const output of outputs) for (const [file, text] of Object.entries(output.files ?? {})) ws.write(file, text)
  const restored = restoreOutputs(ws.store, ws.out, global)
  if (restored.missing.length === 0) keepOutputs(ws.store, ws.out, restored.manifest)
  return restored
}

test("a page's files are those of its folder, not its sub-pages'; a file output is itself", () => {
  const ws = workspace()
  try {
    ws.write('talks/deck/index.html', 'talk')
    ws.write('talks/deck/__next._tree.txt', 'tree')
    ws.write('talks/deck/slides/1/index.html', 'slide')
    ws.write('og/talks/deck.png', 'png')
    assert.deepEqual(filesOfOutput(ws.out, '/talks/deck/'), ['talks/deck/__next._tree.txt', 'talks/deck/index.html'])
    assert.deepEqual(filesOfOutput(ws.out, '/og/talks/deck.png'), ['og/talks/deck.png'])
    assert.deepEqual(filesOfOutput(ws.out, '/notes/none/'), [])
  } finally {
    ws.done()
  }
})

test("a file output in a page's folder (a talk's oembed.json) is not the page's: each comes back with its own files", () => {
  const ws = workspace()
  try {
    const talk = { 'talks/deck/index.html': 'talk', 'talks/deck/index.txt': 'payload' }
    const outputs = [
      { path: '/talks/deck/oembed.json', key: 'o1', files: { 'talks/deck/oembed.json': '{}' } },
      { path: '/talks/deck/', key: 't1', files: talk },
    ]
    build(ws, 'g1', outputs)
    assert.deepEqual(readManifest(ws.store).outputs['/talks/deck/']?.files, Object.keys(talk))

    // Both unchanged, in either order of the plans: the page's own files come back, not only the file beside them.
    for (const order of [outputs, [...outputs].reverse()]) {
      const again = build(ws, 'g1', order.map(({ path: p, key }) => ({ path: p, key })))
      assert.deepEqual([again.rendered, again.reused, again.missing], [0, 2, []])
      assert.equal(ws.read('talks/deck/index.html'), 'talk')
      assert.equal(ws.read('talks/deck/oembed.json'), '{}')
    }
  } finally {
    ws.done()
  }
})

test('a rebuild brings back the unchanged pages of the last build and renders the rest', () => {
  const ws = workspace()
  try {
    const first = build(ws, 'g1', [
      { path: '/notes/a/', key: 'a1', files: { 'notes/a/index.html': 'A, first' } },
      { path: '/notes/b/', key: 'b1', files: { 'notes/b/index.html': 'B, first', 'notes/b/index.txt': 'B payload' } },
    ])
    assert.deepEqual([first.rendered, first.reused, first.missing], [2, 0, []])

    // b is unchanged: not rendered, brought back with all its files.
    const second = build(ws, 'g1', [
      { path: '/notes/a/', key: 'a2', files: { 'notes/a/index.html': 'A, edited' } },
      { path: '/notes/b/', key: 'b1' },
    ])
    assert.deepEqual([second.rendered, second.reused, second.missing], [1, 1, []])
    assert.equal(ws.read('notes/a/index.html'), 'A, edited')
    assert.equal(ws.read('notes/b/index.html'), 'B, first')
    assert.equal(ws.read('notes/b/index.txt'), 'B payload')
    // Linked, not copied: the store costs no space of its own.
    assert.equal(statSync(path.join(ws.out, 'notes/b/index.html')).nlink, 2)

    // And the edited page is what the build after keeps.
    build(ws, 'g1', [{ path: '/notes/a/', key: 'a2' }, { path: '/notes/b/', key: 'b1' }])
    assert.equal(ws.read('notes/a/index.html'), 'A, edited')
  } finally {
    ws.done()
  }
})

test('nothing comes back that this build did not plan (a note made private), nor under another global key', () => {
  const ws = workspace()
  try {
    build(ws, 'g1', [
      { path: '/notes/a/', key: 'a1', files: { 'notes/a/index.html': 'A' } },
      { path: '/notes/secret/', key: 's1', files: { 'notes/secret/index.html': 'Secret' } },
    ])
    const second = build(ws, 'g1', [{ path: '/notes/a/', key: 'a1' }])
    assert.equal(second.reused, 1)
    assert.equal(existsSync(path.join(ws.out, 'notes/secret')), false)
    // Its files leave the store too.
    assert.deepEqual(Object.keys(readManifest(ws.store).outputs), ['/notes/a/'])
    assert.equal(existsSync(path.join(ws.store.dir, 'files', 'notes/secret/index.html')), false)

    // Other code or settings: the plan of another global key is not this build's.
    assert.deepEqual(readRoutePlans(ws.store, 'g2'), [])
    const other = build(ws, 'g2', [{ path: '/notes/a/', key: outputKey('g2', undefined) }])
    assert.deepEqual(other.missing, ['/notes/a/'])
  } finally {
    ws.done()
  }
})

test('a page of out/ replaced after the export (a new file renamed over it) is what the store keeps for the next build', () => {
  const ws = workspace()
  try {
    build(ws, 'g1', [{ path: '/notes/a/', key: 'a1', files: { 'notes/a/index.html': 'A' } }])
    rmSync(ws.out, { recursive: true, force: true })
    mkdirSync(ws.out, { recursive: true })
    writeRoutePlan(ws.store, 'g1', '/notes/[slug]', [{ path: '/notes/a/', key: 'a1' }])
    const restored = restoreOutputs(ws.store, ws.out, 'g1')
    // What scripts/finish-export.ts does to a page: a new file, renamed over the linked one.
    writeFileSync(path.join(ws.out, 'notes/a/index.html.tmp'), 'A with a policy')
    renameSync(path.join(ws.out, 'notes/a/index.html.tmp'), path.join(ws.out, 'notes/a/index.html'))
    keepOutputs(ws.store, ws.out, restored.manifest)
    assert.equal(readFileSync(path.join(ws.store.dir, 'files', 'notes/a/index.html'), 'utf8'), 'A with a policy')
  } finally {
    ws.done()
  }
})
