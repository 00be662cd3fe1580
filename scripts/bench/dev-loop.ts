/**
 * The speaker's daily loop, measured: `npm run dev` in a project folder, a note open in
 * Chromium, and a line appended to the note and saved, again and again. Save-to-screen is the time
 * from the write to the line being in the page's text, with no reload (the page is checked to be
 * the same document throughout).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { appendFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { chromiumPath, playwrightChromiumArgs } from './chromium'

export type DevServer = { url: string; process: ChildProcess; output: () => string; stop: () => Promise<void> }

/** Starts `npm run dev` in `dir` on `port`, in its own process group; resolves once `path` answers. */
export async function startDevServer(dir: string, port: number, path = '/', timeoutMs = 180_000): Promise<DevServer & { firstAnswerSeconds: number }> {
  const started = performance.now()
  const child = spawn('npm', ['run', 'dev', '--', '--port', String(port)], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const url = `http://127.0.0.1:${port}`
  /** Stops the server's whole process group and waits (up to 30 s) until every process of it is gone. */
  const stop = async () => {
    const group = child.pid
    if (!group) return
    const alive = () => {
      try {
        process.kill(-group, 0)
        return true
      } catch {
        return false
      }
    }
    if (!alive()) return
    process.kill(-group, 'SIGTERM')
    // Next's server writes its cache to .next/ as it stops: the folder is not free before then.
    for (let waited = 0; alive() && waited < 30_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100))
  }
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`npm run dev exited with ${child.exitCode}:\n${output.slice(-5000)}`)
    try {
      const response = await fetch(`${url}${path}`)
      if (response.ok) return { url, process: child, output: () => output, stop, firstAnswerSeconds: (performance.now() - started) / 1000 }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await stop()
  throw new Error(`npm run dev did not answer ${path} within ${timeoutMs / 1000} s:\n${output.slice(-5000)}`)
}

export type SaveTimes = { seconds: number[]; median: number; worst: number }

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * Opens `pageUrl` in Chromium and appends a line to `file` `saves` times, each time waiting for the
 * line on screen; fails if the page reloaded meanwhile or a line never showed within 10 s.
 */
export async function measureSaves(pageUrl: string, file: string, saves: number): Promise<SaveTimes> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: playwrightChromiumArgs() })
  try {
    const page = await browser.newPage()
    // The page's live-reload connection is open once the events route has answered (Next compiles
    // that route on its first request).
    const connected = page.waitForResponse((response) => response.url().includes('/dev-content-events/'), { timeout: 120_000 })
    await page.goto(pageUrl, { timeout: 120_000 })
    await connected
    await page.waitForTimeout(500)
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true))
    const seconds: number[] = []
    for (let i = 0; i < saves; i++) {
      const marker = `Saved line ${i} ${Date.now().toString(36)}`
      const started = performance.now()
      appendFileSync(file, `\n${marker}\n`)
      await page.waitForFunction((text) => document.body.innerText.includes(text), marker, { timeout: 10_000, polling: 'raf' })
      seconds.push((performance.now() - started) / 1000)
      if (!(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument))) {
        throw new Error('the page reloaded: an edit must show without a reload')
      }
      // A pause as between two saves of a writer, so one save's refresh does not overlap the next.
      await page.waitForTimeout(400)
    }
    return { seconds, median: median(seconds), worst: Math.max(...seconds) }
  } finally {
    await browser.close()
  }
}
