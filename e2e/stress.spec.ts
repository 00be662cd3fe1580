import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { BAD_FILES } from '../scripts/stress/corpus'
import { CONTENT, ROOT } from './support/content'
import { FIXTURE_SITE } from './support/fixture-builds'

// An author's vault at its most awkward (scripts/stress/corpus.ts: nested folders, a web of
// wikilinks, shared titles, empty files, very long lines, non-Latin and right-to-left text, emoji)
// passes the build's content steps, and a vault with mistakes stops with an error naming each bad
// file. `npm run stress -- --content-only` at a small size, so `npm test` stays quick; the same
// corpus is built in full, pages and link-preview images in every script, beside the hostile
// content (e2e/hostile-content.spec.ts). README "Stress test" has the figures of a 3000-note run. No browser.

test('a stress corpus of 42 notes passes the content steps, and each bad file added to it is named by the error', () => {
  test.setTimeout(5 * 60_000)
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/stress.ts', '--notes', '42', '--content-only', '--base-content', CONTENT, '--base-public', path.join(FIXTURE_SITE, 'public')], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 4 * 60_000,
  })
  const output = `${result.stdout}${result.stderr}`
  expect(result.status, output).toBe(0)
  expect(output).toContain('ok  the good corpus builds')
  expect(output).toMatch(/the content report counts every generated note as a page \((\d+) notes\)/)
  for (const file of Object.keys(BAD_FILES)) expect(output, file).toMatch(new RegExp(`ok  the error names (content/)?${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`))
  expect(output).not.toContain('FAIL')
})
