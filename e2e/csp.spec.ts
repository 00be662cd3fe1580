import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { readContentFile } from './support/content'
import { watchCsp } from './support/csp'
import { expectHydrated } from './support/hydrated'
import { allPages, isRedirect, onePagePerShape, pageFile } from './support/pages'
import { inlineScriptHashes } from '../lib/build/csp'

// The site runs under its Content-Security-Policy (README "Security headers"): every page's own
// scripts, search (WebAssembly in a worker) and navigation run without a single violation, and
// code the build did not write is refused. Against out/, served with out/_headers as hosts do.

const pages = allPages()
const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/

/** A page's meta policy, as the browser reads it. */
function metaPolicy(url: string): string {
  const html = readFileSync(pageFile(url), 'utf8')
  const match = META.exec(html)
  expect(match, `${url} has a Content-Security-Policy meta tag`).not.toBeNull()
  return (match?.[1] ?? '').replaceAll('&quot;', '"').replaceAll('&#x27;', "'")
}

test('every page of out/ carries a policy, before any script, that allows its inline scripts by hash and nothing inline besides', () => {
  expect(pages.length).toBeGreaterThan(10)
  for (const url of pages) {
    const html = readFileSync(pageFile(url), 'utf8')
    const policy = metaPolicy(url)
    expect(html.indexOf('http-equiv="Content-Security-Policy"'), url).toBeLessThan(html.indexOf('<script'))
    const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? ''
    expect(scriptSrc, url).not.toContain("'unsafe-inline'")
    expect(scriptSrc, url).not.toContain("'unsafe-eval'")
    const hashes = inlineScriptHashes(html)
    if (!isRedirect(url)) expect(hashes.length, `${url} has Next's inline scripts`).toBeGreaterThan(0)
    for (const hash of hashes) expect(scriptSrc, url).toContain(hash)
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("base-uri 'self'")
  }
})

test('a page of every shape, and every talk, loads and hydrates with no Content-Security-Policy violation', async ({ page }) => {
  // What a page runs depends on its shape (a list, a note, a slide's page, the presenter view...)
  // and, for a talk, on what it embeds (a video, a deck from elsewhere, a recording in step): one
  // page of each shape and every talk page, not every page. The test above reads every page's
  // policy. Each page waits for the network to be idle and for hydration: three seconds a page
  // on a runner busy with other specs' builds.
  const visited = [...new Set([...onePagePerShape(pages), ...pages.filter((u) => /^\/talks\/[^/]+\/$/.test(u) && !isRedirect(u))])]
  test.setTimeout(30_000 + visited.length * 3_000)
  const violations = await watchCsp(page)
  const checked: string[] = []
  for (const url of visited) {
    await page.goto(url, { waitUntil: 'networkidle' })
    await expectHydrated(page, url)
    expect(await violations(), url).toEqual([])
    checked.push(url)
  }
  expect(checked.length).toBeGreaterThan(10)
})

test('search loads its index and WebAssembly and finds a page, with the policy in force', async ({ page }) => {
  const violations = await watchCsp(page)
  await page.goto('/')
  await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeVisible()
  await page.keyboard.press('/')
  const dialog = page.getByRole('dialog', { name: 'Search the site' })
  await dialog.getByRole('searchbox').fill('elixir')
  await expect(dialog.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible()
  expect(await violations()).toEqual([])
})

const talkWithSlides = readContentFile('talks/elixir-in-the-big-and-small.md')

test('following links between pages keeps the slide viewer and search working with no violation', async ({ page }) => {
  const violations = await watchCsp(page)
  await page.goto('/')
  await page.getByRole('navigation').getByRole('link', { name: 'Talks' }).first().click()
  await expect(page).toHaveURL(/\/talks\/$/)
  await page.getByRole('main').getByRole('link', { name: talkWithSlides.title, exact: true }).click()
  await expect(page).toHaveURL(/\/talks\/[^/]+\/$/)
  await page.getByRole('button', { name: /next slide/i }).first().click()
  await expect(page).toHaveURL(/#slide-2$/)
  expect(await violations()).toEqual([])
})

test('the server sends the header policy: no framing, and no script-src that could block the hashed scripts', async ({ request }) => {
  for (const url of ['/', '/talks/', '/pagefind/pagefind.js', '/does-not-exist/']) {
    const response = await request.get(url)
    const policy = response.headers()['content-security-policy'] ?? ''
    expect(policy, url).toContain("frame-ancestors 'none'")
    expect(policy, url).not.toMatch(/(^|;\s*)(script-src|default-src)\b/)
  }
})

test('a script the build did not hash, an inline event handler and a style element are all refused', async ({ page }) => {
  const violations = await watchCsp(page)
  await page.goto('/')
  await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeVisible()
  const ran = await page.evaluate(async () => {
    const flags = window as unknown as Record<string, unknown>
    const script = document.createElement('script')
    script.textContent = 'window.injectedScriptRan = true'
    document.body.append(script)
    const holder = document.createElement('div')
    holder.innerHTML = '<img src="/does-not-exist.png" onerror="window.injectedHandlerRan = true">'
    document.body.append(holder)
    const style = document.createElement('style')
    style.textContent = 'body { background: rgb(1, 2, 3) }'
    document.head.append(style)
    await new Promise((resolve) => setTimeout(resolve, 500))
    return { script: flags.injectedScriptRan === true, handler: flags.injectedHandlerRan === true, style: getComputedStyle(document.body).backgroundColor === 'rgb(1, 2, 3)' }
  })
  expect(ran).toEqual({ script: false, handler: false, style: false })
  const seen = (await violations()).join('\n')
  expect(seen).toContain('script-src-elem blocked inline')
  expect(seen).toContain('script-src-attr blocked inline')
  expect(seen).toContain('style-src-elem blocked inline')
})

test('another site cannot put a page in a frame', async ({ page, baseURL }) => {
  const blocked = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()))
  await page.setContent(`<iframe title="framed" src="${baseURL}/"></iframe>`)
  await blocked
  const frame = page.frames().find((f) => f !== page.mainFrame())
  expect(frame, 'the frame exists, empty').toBeDefined()
  await expect(frame!.getByRole('banner')).toHaveCount(0)
  await expect(frame!.locator('[data-pagefind-body], main')).toHaveCount(0)
})
