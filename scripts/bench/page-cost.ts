/**
 * What one page test costs Chromium: N page loads, each in a new browser context as Playwright
 * gives every test, with the suite's launch arguments and with the project's flags alone, and the
 * CPU the whole machine spent on them (from /proc/stat, so Chromium's child processes count).
 *
 *   npm run build && npm start        (in another terminal: serves out/ on port 3000)
 *   npx tsx scripts/bench/page-cost.ts [http://127.0.0.1:3000] [loads, default 20]
 *
 * Linux only (/proc/stat). Run it on a quiet machine and compare the two lines, not absolute numbers.
 */
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_FLAGS, chromiumPath, playwrightChromiumArgs } from './chromium'

const base = process.argv[2] ?? 'http://127.0.0.1:3000'
const loads = Number(process.argv[3] ?? 20)
const PAGES = ['/', '/talks/', '/tags/', '/notes/']

/** CPU time the machine has spent busy, in seconds (user, nice, system, irq, softirq, steal). */
function busySeconds(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number)
  return [0, 1, 2, 5, 6, 7].reduce((sum, i) => sum + (fields[i] ?? 0), 0) / 100
}

async function measure(name: string, args: string[]) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args })
  try {
    const start = busySeconds()
    const started = Date.now()
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(new URL(PAGES[i % PAGES.length]!, base).href)
      // Hydrated: the header's Search button shows once React has run (e2e/support/hydrated.ts).
      await page.getByRole('banner').getByRole('button', { name: 'Search' }).waitFor()
      await context.close()
    }
    console.log(`${name}: ${loads} page loads, ${(busySeconds() - start).toFixed(1)} cpu-s, ${((Date.now() - started) / 1000).toFixed(1)} s`)
  } finally {
    await browser.close()
  }
}

await measure("the project's flags alone", CHROMIUM_FLAGS)
await measure("the suite's launch arguments (the browser window's features off)", playwrightChromiumArgs())
