import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/** The flags every headless Chromium of this project runs with: Playwright's and Lighthouse's. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/**
 * Features of Chromium's browser window that a test pays for on every new page, and that no page of
 * the site uses. Headless Chromium (156) opens a window per browser context, that is per test, and
 * each window loads the address bar's WebUI popups into a renderer of their own; a spare renderer is
 * kept warm beside them. Twenty page loads, each in a new context, took 53.6 cpu-s with them and
 * 27.3 cpu-s without (scripts/bench/page-cost.ts; docs/testing.md, "What a test costs").
 */
const WINDOW_FEATURES_OFF = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup', 'SpareRendererForSitePerProcess']

/**
 * The features Playwright itself turns off (playwright-core's chromiumSwitches): Chromium keeps
 * only the last `--disable-features`, so a list of ours must carry Playwright's too. Read from
 * the installed playwright-core, so an upgrade's list comes along; an error if it cannot be found.
 */
function playwrightDisabledFeatures(): string[] {
  const require = createRequire(import.meta.url)
  const bundle = path.join(path.dirname(require.resolve('playwright-core/package.json')), 'lib', 'coreBundle.js')
  const source = existsSync(bundle) ? readFileSync(bundle, 'utf8') : ''
  const list = /disabledFeatures = \[([\s\S]*?)\]\.filter/.exec(source)?.[1]
  const features = list ? [...list.replace(/\/\/[^\n]*/g, '').matchAll(/"([A-Za-z0-9]+)"/g)].map((m) => m[1]!) : []
  if (features.length === 0) throw new Error(`The features Playwright turns off were not found in ${bundle}: update scripts/bench/chromium.ts for this playwright-core.`)
  return features
}

/** Playwright's launch arguments: the project's flags, and the window features off besides Playwright's own. */
export function playwrightChromiumArgs(): string[] {
  return [...CHROMIUM_FLAGS, `--disable-features=${[...playwrightDisabledFeatures(), ...WINDOW_FEATURES_OFF].join(',')}`]
}

/** $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else undefined (Playwright's own browser). */
export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
}
