import { readFileSync } from 'node:fs'
import { HtmlValidate } from 'html-validate'
import { parse } from 'node-html-parser'
import { expect, test } from '@playwright/test'
import { ROOT } from './support/content'
import { allPages, pageFile } from './support/pages'

// Every page of out/ is valid HTML with one <h1> and headings in order, so browsers, screen
// readers and link previews read it as written. Rules are in .htmlvalidate.json (see README).

const pages = allPages()

test('every page in out/ passes html-validate (recommended preset, see .htmlvalidate.json)', async () => {
  const validator = new HtmlValidate(JSON.parse(readFileSync(`${ROOT}/.htmlvalidate.json`, 'utf8')))
  const problems: string[] = []
  for (const page of pages) {
    const report = await validator.validateFile(pageFile(page))
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`)
    }
  }
  console.log(`html-validate: ${pages.length} pages, ${problems.length} problems`)
  expect(problems).toEqual([])
})

test('every page has exactly one <h1> and no heading skips a level', () => {
  const problems: string[] = []
  for (const page of pages) {
    const levels = parse(readFileSync(pageFile(page), 'utf8'))
      .querySelectorAll('h1, h2, h3, h4, h5, h6')
      .map((h) => Number(h.tagName.slice(1)))
    const h1s = levels.filter((l) => l === 1).length
    if (h1s !== 1) problems.push(`${page}: ${h1s} <h1> elements`)
    levels.forEach((level, i) => {
      const previous = i === 0 ? 0 : (levels[i - 1] ?? 0)
      if (level > previous + 1) problems.push(`${page}: <h${level}> follows <h${previous || 'none'}>`)
    })
  }
  expect(problems).toEqual([])
})
