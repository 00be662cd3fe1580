import { expect, test, type Page } from '@playwright/test'
import { watchCsp } from './support/csp'
import { expectHydrated } from './support/hydrated'

// A reader opens notes of an Obsidian vault with formulas, diagrams, sized images and embedded
// audio, video and PDF files (e2e/fixtures/site/content/notes/Obsidian media/), on a network
// where nothing but the site answers: everything these pages need is the site's own.

const MATH_PAGE = '/notes/math-and-diagrams/'
const MEDIA_PAGE = '/notes/media-embeds/'

/** Aborts, and records, every request to anything but the site. */
async function siteOnly(page: Page): Promise<{ elsewhere: string[]; scripts: string[] }> {
  const seen = { elsewhere: [] as string[], scripts: [] as string[] }
  const site = new URL(test.info().project.use.baseURL ?? '').origin
  await page.route('**', (route) => {
    const url = route.request().url()
    // The browser's own resources (its PDF viewer's chrome-extension:// files) are no network.
    if (!/^(https?|wss?):/.test(url)) return route.continue()
    if (new URL(url).origin !== site) {
      seen.elsewhere.push(url)
      return route.abort('blockedbyclient')
    }
    if (route.request().resourceType() === 'script') seen.scripts.push(url)
    return route.continue()
  })
  return seen
}

/** Whether a script the page loaded is mermaid's own code (its diagram detectors name each kind). */
async function loadsMermaid(page: Page, scripts: string[]): Promise<boolean> {
  for (const url of scripts) {
    const body = await (await page.request.get(url)).text()
    if (body.includes('sequenceDiagram')) return true
  }
  return false
}

test.describe('formulas and diagrams', () => {
  test('formulas are typeset with KaTeX, its stylesheet and fonts from the site; prices and code stay text', async ({ page }) => {
    const seen = await siteOnly(page)
    const violations = await watchCsp(page)
    await page.goto(MATH_PAGE)
    await expectHydrated(page, MATH_PAGE)
    const body = page.getByRole('main')
    await expect(body.locator('.katex')).toHaveCount(3)
    await expect(body.locator('.katex-display')).toHaveCount(1)
    // The TeX as written, both backslashes of "\\" kept.
    await expect(body.locator('.katex-display annotation')).toHaveText('\\begin{vmatrix}a & b\\\\\nc & d\n\\end{vmatrix}=ad-bc')
    await expect(body.getByText('Prices are not math: the ticket was $5 and the book $10.')).toBeVisible()
    await expect(body.locator('code', { hasText: /^\$x\$$/ })).toBeVisible()
    await expect(body.locator('pre code', { hasText: '$$ not math $$' })).toBeVisible()
    await expect(page.locator('head link[rel="stylesheet"][href$="/katex/katex.min.css"]')).toHaveCount(1)
    // KaTeX's CSS applies, and its fonts arrived (from /katex/, the only origin there is).
    await expect(body.locator('.katex').first()).toHaveCSS('font-family', /KaTeX_Main/)
    await expect
      .poll(() => page.evaluate(async () => (await document.fonts.ready, [...document.fonts].filter((f) => f.family.replaceAll('"', '') === 'KaTeX_Main' && f.status === 'loaded').length)))
      .toBeGreaterThan(0)
    expect(seen.elsewhere).toEqual([])
    expect(await violations()).toEqual([])
  })

  test('Mermaid diagrams are drawn by the site, named, and drawn again in the dark scheme', async ({ page }) => {
    const seen = await siteOnly(page)
    const violations = await watchCsp(page)
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto(MATH_PAGE)
    const flowchart = page.getByRole('img', { name: 'flowchart diagram' })
    // Mermaid is a large chunk: on a runner busy with other builds it takes a while to arrive.
    await expect(flowchart).toBeVisible({ timeout: 30_000 })
    for (const node of ['Biology', 'Chemistry', 'Physics']) await expect(flowchart.getByText(node, { exact: true })).toBeVisible()
    const sequence = page.getByRole('img', { name: 'sequence diagram' })
    await expect(sequence.getByText('Hello John, how are you?')).toBeVisible()
    // The source gives way to the drawing.
    await expect(page.locator('figure.mermaid-diagram pre')).toHaveCount(2)
    await expect(page.locator('figure.mermaid-diagram pre:visible')).toHaveCount(0)
    const nodeFill = () => flowchart.locator('.node rect, .node polygon').first().evaluate((shape) => getComputedStyle(shape).fill)
    const light = await nodeFill()
    // Kept with the test's results (test-results/), to look at the drawings.
    await page.locator('main').screenshot({ path: test.info().outputPath('obsidian-media-light.png') })
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(nodeFill, { timeout: 30_000 }).not.toBe(light)
    await expect(page.getByRole('img', { name: 'flowchart diagram' }).getByText('Biology', { exact: true })).toBeVisible()
    await page.locator('main').screenshot({ path: test.info().outputPath('obsidian-media-dark.png') })
    expect(await loadsMermaid(page, seen.scripts)).toBe(true)
    expect(seen.elsewhere).toEqual([])
    expect(await violations()).toEqual([])
  })

  test('without JavaScript a diagram shows its source, as written', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(MATH_PAGE)
    await expect(page.locator('figure.mermaid-diagram pre').first()).toHaveText('graph TD\n\nBiology --> Chemistry\nChemistry --> Physics\n')
    await context.close()
  })

  test('pages without formulas or diagrams load neither KaTeX nor mermaid', async ({ page }) => {
    for (const url of ['/', MEDIA_PAGE]) {
      const seen = await siteOnly(page)
      const asked: string[] = []
      page.on('request', (request) => {
        if (/\/(katex|mermaid)\//.test(request.url())) asked.push(request.url())
      })
      // Loaded (the head's stylesheets and fonts asked for) and hydrated: the effects that would
      // import the diagram renderer have run, and a request they made has been seen. (Not
      // "network idle": the media page's video may go on loading on a busy runner.)
      await page.goto(url)
      await expectHydrated(page, url)
      expect(asked, url).toEqual([])
      await expect(page.locator('link[href*="/katex/"]')).toHaveCount(0)
      expect(await loadsMermaid(page, seen.scripts), url).toBe(false)
      await page.unrouteAll({ behavior: 'ignoreErrors' })
    }
  })
})

test.describe('sized images, and audio, video and PDF embeds', () => {
  test('images take the width written after "|", the height from the file or as written', async ({ page }) => {
    await page.goto(MEDIA_PAGE)
    const images = page.getByRole('main').locator('img')
    const sizes = await images.evaluateAll((list) => list.map((img) => [img.getAttribute('alt'), img.getAttribute('width'), img.getAttribute('height')]))
    expect(sizes).toEqual([
      ['media-chart', '100', '50'],
      ['media-chart', '120', '30'],
      // ![[media-chart.png#detail|80]]: "#detail" is no alt text, and 80 is the width.
      ['media-chart', '80', '40'],
      ['A blue chart', '150', '75'],
    ])
    await expect.poll(() => images.first().evaluate((img: HTMLImageElement) => img.getBoundingClientRect().width)).toBe(100)
    await expect(page.getByRole('main').locator('code', { hasText: '![[media-chart.png|100]]' })).toBeVisible()
  })

  test('audio and video play from the site; PDFs show in a titled viewer with a download link', async ({ page }) => {
    const seen = await siteOnly(page)
    const violations = await watchCsp(page)
    await page.goto(MEDIA_PAGE)
    const main = page.getByRole('main')
    const players = [
      ['audio', 'media-excerpt.ogg', 'audio/ogg'],
      ['audio', 'media-tone.wav', 'audio/wav'],
      ['video', 'media-clip.mp4', 'video/mp4'],
      ['video', 'media-clip.webm', 'video/webm'],
    ] as const
    for (const [tag, name, type] of players) {
      const player = main.locator(`${tag}[controls][src$="/attachments/${name}"]`)
      await expect(player, name).toHaveCount(1)
      // The browser read the file: it knows its length.
      await expect.poll(() => player.evaluate((media: HTMLMediaElement) => media.duration), { message: name }).toBeGreaterThan(0)
      const response = await page.request.get((await player.getAttribute('src')) ?? '')
      expect(response.headers()['content-type'], name).toContain(type)
      await expect(main.getByRole('link', { name: `Download ${name}` })).toHaveAttribute('download', name)
    }
    const viewers = main.locator('iframe[title="media-handout.pdf"]')
    await expect(viewers).toHaveCount(2)
    await expect(viewers.first()).toHaveAttribute('src', /\/attachments\/media-handout\.pdf#page=1$/)
    await expect(viewers.nth(1)).toHaveCSS('height', '300px')
    const pdf = await page.request.get((await viewers.nth(1).getAttribute('src')) ?? '')
    expect(pdf.headers()['content-type']).toContain('application/pdf')
    // The site's own pages may frame it (the rest of the site may be framed by none).
    expect(pdf.headers()['x-frame-options']).toBe('SAMEORIGIN')
    expect(pdf.headers()['content-security-policy']).toContain("frame-ancestors 'self'")
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
    await expect(main.getByRole('link', { name: 'Download media-handout.pdf' })).toHaveCount(2)
    expect(seen.elsewhere).toEqual([])
    expect(await violations()).toEqual([])
  })
})
