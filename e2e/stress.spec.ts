import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { BAD_FILES } from '../scripts/stress/corpus'
import { CONTENT, ROOT } from './support/content'

// An author's vault at its most awkward (scripts/stress/corpus.ts: nested folders, a web of
// wikilinks, shared titles, empty files, very long lines, non-Latin and right-to-left text, emoji)
// builds through every step (pages, link-preview images in every script, search), and a vault with
// mistakes stops with an error naming each bad file. `npm run stress` at a small size, so `npm test`
// stays quick; README "Stress test" has the figures of a 3000-note run. No browser.

test('a stress corpus of 42 notes builds, preview images included, and each bad file added to it is named by the error', () => {
  test.setTimeout(8 * 60_000)
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/stress.ts', '--notes', '42', '--base-content', CONTENT], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 7 * 60_000,
  })
  const output = `${result.stdout}${result.stderr}`
  expect(result.status, output).toBe(0)
  expect(output).toContain('ok  the good corpus builds')
  expect(output).toMatch(/the content report counts every generated note as a page \((\d+) notes\)/)
  for (const file of Object.keys(BAD_FILES)) expect(output, file).toMatch(new RegExp(`ok  the error names (content/)?${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`))
  expect(output).toMatch(/ok  out\/og\/notes\/ holds a link-preview image per note/)
  expect(output).not.toContain('FAIL')
})
