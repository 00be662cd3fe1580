import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { test } from 'node:test'
import { reservedPaths } from './reserved-paths'

const dir = (name: string) => ({ name, isDirectory: true })
const file = (name: string) => ({ name, isDirectory: false })

test('every static route folder of app/ is reserved; dynamic segments, groups and files are not', () => {
  const reserved = reservedPaths([dir('talks'), dir('[shortlink]'), dir('(marketing)'), dir('feed.xml'), file('layout.tsx'), file('page.tsx')])
  assert.ok(reserved.has('talks'))
  assert.ok(reserved.has('feed.xml'))
  for (const name of ['[shortlink]', '(marketing)', 'layout.tsx', 'page.tsx']) assert.equal(reserved.has(name), false, name)
  for (const name of ['_next', '404', 'admin', 'pagefind']) assert.ok(reserved.has(name), name)
})

test("the site's own routes are all reserved, as the first hand-written list had them", () => {
  const reserved = reservedPaths(readdirSync('app', { withFileTypes: true }).map((e) => ({ name: e.name, isDirectory: e.isDirectory() })))
  for (const name of ['talks', 'case-studies', 'notes', 'tags', 'attachments', 'feed', 'search', 'admin', '404', '_next']) {
    assert.ok(reserved.has(name), name)
  }
})
