import { existsSync } from 'node:fs'

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

/** $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else undefined (Playwright's own browser). */
export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
}
