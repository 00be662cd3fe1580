import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { parseMarkdown } from './parse'
import { treeJson, treeStore } from './kept-trees'

const folder = mkdtempSync(path.join(tmpdir(), 'markdown-trees-'))
after(() => rmSync(folder, { recursive: true, force: true }))

test('a tree kept by one step is read by the next, for the same text only', () => {
  const store = treeStore(folder)
  const text = '# Kept\n\nA note with [[a link]] and `code`.'
  assert.equal(store.keptTree(text), undefined)
  const parsed = store.parseAndKeep(text)
  assert.deepEqual(parsed, parseMarkdown(text))
  assert.equal(readdirSync(folder).length, 1)
  // Another process: a store of the same folder.
  assert.deepEqual(treeStore(folder).keptTree(text), JSON.parse(treeJson(parseMarkdown(text))))
  assert.equal(treeStore(folder).keptTree(`${text} `), undefined)
})

test('a kept tree has no positions', () => {
  const json = treeJson(parseMarkdown('Some *text*.'))
  assert.ok(!json.includes('position'))
  assert.equal((JSON.parse(json) as { children: { type: string }[] }).children[0]!.type, 'paragraph')
})
