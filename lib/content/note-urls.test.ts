import assert from 'node:assert/strict'
import { test } from 'node:test'
import { noteFolders, permalinkSegments } from './note-urls'

test("a note's folders count from the notes folder, or from the content folder for a note outside it", () => {
  assert.deepEqual(noteFolders('notes/Obsidian Sync/Security and privacy.md'), ['Obsidian Sync'])
  assert.deepEqual(noteFolders('notes/Top.md'), [])
  assert.deepEqual(noteFolders('Areas/Work/Plan.md'), ['Areas', 'Work'])
})

test('a permalink becomes slugged path segments; slashes around it and empty segments are dropped', () => {
  assert.deepEqual(permalinkSegments('/Web Clipper//Intro/'), ['web-clipper', 'intro'])
  assert.deepEqual(permalinkSegments('callouts'), ['callouts'])
  assert.deepEqual(permalinkSegments('/'), [])
})
