import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { test } from 'node:test'
import { RESERVED_PATHS } from './reserved-paths'

type AppEntry = { name: string; isDirectory: boolean }

/** The static route folders of app/: every folder but dynamic segments ("[slug]"), groups ("(site)") and private ones ("_x"). */
function staticRouteFolders(appEntries: readonly AppEntry[]): string[] {
  return appEntries.filter((entry) => entry.isDirectory && !/^[[(_]/.test(entry.name)).map((entry) => entry.name)
}

test('static route folders are the folders of app/ but dynamic segments, groups and private folders', () => {
  const entries = [
    { name: 'talks', isDirectory: true },
    { name: '[shortlink]', isDirectory: true },
    { name: '(marketing)', isDirectory: true },
    { name: '_parts', isDirectory: true },
    { name: 'feed.xml', isDirectory: true },
    { name: 'layout.tsx', isDirectory: false },
  ]
  assert.deepEqual(staticRouteFolders(entries), ['talks', 'feed.xml'])
})

test('every static route of app/ is reserved: a shortlink can never shadow a page of the site', () => {
  const app = readdirSync('app', { withFileTypes: true }).map((e) => ({ name: e.name, isDirectory: e.isDirectory() }))
  const routes = staticRouteFolders(app)
  assert.ok(routes.includes('talks'))
  for (const route of routes) assert.ok(RESERVED_PATHS.has(route), `app/${route}/ is a route: add "${route}" to RESERVED_PATHS`)
})
