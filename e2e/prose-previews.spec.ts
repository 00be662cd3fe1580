/**
 * A talk, or one slide of it, pasted into a chat: the link preview is read by a client's own parser
 * (open-graph-scraper, as the apps that draw cards read a page's tags), and what it reads is prose.
 * A slide holding a table gives its rows as sentences, not its cells glued together; a title slide's
 * page does not say the talk's title twice; the page counts the deck's slides as its viewer does.
 * Against the fixture site as served, and the speaker's own out/ when it is built.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import ogs from 'open-graph-scraper'
import { SLIDE_TITLE_MAX_LENGTH } from '../lib/markdown/slide-summary'
import { ROOT, listFiles, readContentFile } from './support/content'

const TALK = '/talks/elixir-in-the-big-and-small/'
const TALK_TITLE = 'Elixir in the Big and Small'
const talkFile = readContentFile('talks/elixir-in-the-big-and-small.md')

type Preview = Awaited<ReturnType<typeof ogs>>['result']

/** What a link-preview client reads of a page: it fetches the URL and parses the tags. */
async function preview(url: string): Promise<Preview> {
  const { error, result } = await ogs({ url, timeout: 10 })
  expect(error, `open-graph-scraper read ${url}`).toBe(false)
  return result
}

/** The page's JSON-LD blocks, as open-graph-scraper reads them. */
const jsonLd = (result: Preview) => (result.jsonLD ?? []) as Record<string, unknown>[]

test("the talk page's preview reads its description and title as written", async ({ baseURL }) => {
  const result = await preview(`${baseURL}${TALK}`)
  expect(result.ogTitle).toBe(`${TALK_TITLE} · ${result.ogSiteName}`)
  expect(result.ogDescription).toBe(talkFile.data.description)
  expect(result.twitterDescription).toBe(talkFile.data.description)
})

test("a slide holding a table is described in sentences of its rows, in the tags and the JSON-LD", async ({ baseURL }) => {
  // The fixture's slide 6: a table whose first header cell is empty and whose others are wikilinks.
  expect(talkFile.body).toContain('| | [[The Marriage Pact]] | [[Discord]] |')
  const result = await preview(`${baseURL}${TALK}slides/6/`)
  const prose =
    'The Marriage Pact, Discord. Stage, Seed-stage consumer social, Late-stage consumer social. ' +
    'Backend engineers, 2 full-time, Hundreds of full-time engineers'
  expect(result.ogTitle).toBe(`A tale of 2 companies · ${TALK_TITLE} · ${result.ogSiteName}`)
  expect(result.ogDescription).toBe(prose)
  expect(result.twitterDescription).toBe(prose)
  expect(jsonLd(result).find((block) => block['@type'] === 'CreativeWork')?.description).toBe(prose)
})

test("a slide of list items is described as a series, each question kept whole", async ({ baseURL }) => {
  const result = await preview(`${baseURL}${TALK}slides/2/`)
  expect(result.ogDescription).toBe(
    'How many of you have used Elixir before, for experiments or personal projects? Of those, how many use Elixir at work?',
  )
})

test("a title slide's page does not repeat the talk's title, and counts the slides as its viewer does", async ({ baseURL, page }) => {
  expect(talkFile.body).toMatch(new RegExp(`^# ${TALK_TITLE}$`, 'm'))
  const result = await preview(`${baseURL}${TALK}slides/1/`)
  expect(result.ogTitle).toBe(`Slide 1 · ${TALK_TITLE} · ${result.ogSiteName}`)

  await page.goto(`${TALK}slides/6/`)
  const said = await page.getByText(/^Slide 6 of \d+/).first().textContent()
  const total = /of (\d+)/.exec(said ?? '')?.[1]
  expect(total, 'the page says "Slide 6 of M"').toBeTruthy()
  // The viewer's counter: "6 / M", the same M (the "Slides & sources" slide counted in both).
  await expect(page.getByRole('region', { name: 'Slide viewer' }).locator('[aria-live="polite"]')).toHaveText(`6 / ${total}`)
})

// The speaker's own build, whatever its content: every slide page's preview parses, and its title
// never says one thing twice and fits what cards show.
const OWN_OUT = path.join(ROOT, 'out')
test("the speaker's own slide pages: titles without a repeat, within the documented length", async () => {
  test.skip(!existsSync(path.join(OWN_OUT, 'index.html')), 'no out/ of the speaker’s content (npm run build)')
  const slidePages = listFiles(OWN_OUT).filter((file) => /(^|\/)talks\/[^/]+\/slides\/\d+\/index\.html$/.test(file))
  for (const file of slidePages) {
    const html = readFileSync(path.isAbsolute(file) ? file : path.join(OWN_OUT, file), 'utf8')
    const { error, result } = await ogs({ html })
    expect(error, file).toBe(false)
    const [own = '', talk = ''] = (result.ogTitle ?? '').split(' · ')
    expect(own, `${file}: "${result.ogTitle}"`).not.toBe(talk)
    // The page's own title, before " · <speaker>": at most SLIDE_TITLE_MAX_LENGTH.
    const ownTitle = (result.ogTitle ?? '').replace(/ · [^·]+$/, '')
    expect(ownTitle.length, `${file}: "${ownTitle}"`).toBeLessThanOrEqual(SLIDE_TITLE_MAX_LENGTH)
    expect(result.ogDescription, file).toBeTruthy()
  }
})
