/**
 * A search engine reads a talk page: its structured data, checked by structured-data-testing-tool
 * (schema.org types, and its Google, Twitter and Facebook presets) with the fields Google documents
 * for an Event (https://developers.google.com/search/docs/appearance/structured-data/event) and
 * for a video's key moments (Clip, https://developers.google.com/search/docs/appearance/structured-data/video).
 */
import { expect, test } from '@playwright/test'
import sdtt, { type SdttResult, type SdttTest } from 'structured-data-testing-tool'
import presets from 'structured-data-testing-tool/presets.js'

// CommonJS modules whose exports Node cannot list for a named import.
const { structuredDataTest } = sdtt
const { Facebook, Google, Twitter } = presets

/** The fixture talk with a recording of the site's own and Time: lines (e2e/fixtures/site/content/talks/in-step.md). */
const TALK = '/talks/in-step/'

/** Its result, passed or failed: the tool rejects with the result when a test fails. */
async function check(html: string, tests: SdttTest[], schemas: string[]): Promise<SdttResult> {
  try {
    return await structuredDataTest(html, { presets: [Google, Twitter, Facebook], schemas, tests })
  } catch (error) {
    const result = (error as { res?: SdttResult }).res
    if (!result) throw error
    return result
  }
}

const eventFields = (index: number): SdttTest[] =>
  ['name', 'description', 'startDate', 'endDate', 'image', 'location.name', 'location.address.addressLocality', 'performer.name'].map((field) => ({
    test: `PresentationDigitalDocument[0].subjectOf[${index}].${field}`,
    type: 'jsonld',
    description: `Event ${index}: ${field}`,
  }))

test("a talk page's structured data passes the checker: Events with every documented field, and the recording's key moments", async ({ request }) => {
  const html = await (await request.get(TALK)).text()
  const tests: SdttTest[] = [
    ...[0, 1].flatMap(eventFields),
    ...[0, 1].flatMap((index) => [
      { test: `PresentationDigitalDocument[0].subjectOf[${index}]."@type"`, type: 'jsonld' as const, expect: 'Event' },
      { test: `PresentationDigitalDocument[0].subjectOf[${index}].eventStatus`, type: 'jsonld' as const, expect: 'https://schema.org/EventScheduled' },
      { test: `PresentationDigitalDocument[0].subjectOf[${index}].eventAttendanceMode`, type: 'jsonld' as const, expect: 'https://schema.org/OfflineEventAttendanceMode' },
      { test: `PresentationDigitalDocument[0].subjectOf[${index}].location."@type"`, type: 'jsonld' as const, expect: 'Place' },
      { test: `PresentationDigitalDocument[0].subjectOf[${index}].location.address."@type"`, type: 'jsonld' as const, expect: 'PostalAddress' },
    ]),
    { test: 'PresentationDigitalDocument[0].video."@type"', type: 'jsonld', expect: 'VideoObject' },
    ...['name', 'description', 'thumbnailUrl', 'uploadDate', 'contentUrl'].map((field): SdttTest => ({ test: `PresentationDigitalDocument[0].video.${field}`, type: 'jsonld' })),
    { test: 'PresentationDigitalDocument[0].video.hasPart[0]."@type"', type: 'jsonld', expect: 'Clip' },
  ]
  const result = await check(html, tests, ['jsonld:PresentationDigitalDocument', 'jsonld:BreadcrumbList'])
  expect(result.failed.map((failed) => `${failed.description ?? failed.test}: ${failed.error?.message ?? ''}`)).toEqual([])
  expect(result.warnings.map((warning) => warning.description ?? warning.test)).toEqual([])
  expect(result.schemas).toEqual(expect.arrayContaining(['PresentationDigitalDocument', 'BreadcrumbList']))

  // Key moments: a Clip per timed slide (the fixture's Time: lines), each ending where the next starts.
  const [talk] = result.structuredData.jsonld.PresentationDigitalDocument as { video: { contentUrl: string; hasPart: Record<string, unknown>[] } }[]
  const clips = talk!.video.hasPart
  const starts = clips.map((clip) => clip.startOffset)
  expect(starts).toEqual([...starts].sort((a, b) => Number(a) - Number(b)))
  expect(clips.length).toBeGreaterThanOrEqual(3)
  expect(clips[0]).toMatchObject({ '@type': 'Clip', name: expect.any(String), startOffset: 0, endOffset: clips[1]!.startOffset })
  for (const clip of clips) expect(clip.url).toBe(`${talk!.video.contentUrl}#t=${String(clip.startOffset)}`)
  expect(clips.at(-1)!.endOffset).toBeUndefined()
})
