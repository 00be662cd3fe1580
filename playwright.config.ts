import { defineConfig, devices, type ReporterDescription } from '@playwright/test'
import { chromiumPath, playwrightChromiumArgs } from './scripts/bench/chromium'

/**
 * End-to-end tests run against the fixture site (e2e/fixtures/site/), which the global setup
 * builds into a folder of its own and serves the way a static host serves it (scripts/serve.ts), so the
 * suite does not depend on the speaker's content/. The speaker's own build in out/ (`npm run
 * build` first) is checked by e2e/own-content.spec.ts.
 *
 * Chromium: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium when present (CI installs it
 * with apt), else Playwright's own browser (`npx playwright install chromium` on a laptop).
 */
const PORT = Number(process.env.E2E_PORT ?? 4173)
const baseURL = `http://127.0.0.1:${PORT}`
const CI = Boolean(process.env.CI)
// One id per test run, inherited by the workers: it names the run's shared base-path build.
process.env.E2E_RUN_ID ??= String(process.pid)


const reporter: ReporterDescription[] = [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]]
// .ci/run sets PLAYWRIGHT_JSON_OUTPUT_NAME to count the results from a file rather than from the log.
if (process.env.PLAYWRIGHT_JSON_OUTPUT_NAME || process.env.PLAYWRIGHT_JSON_OUTPUT_FILE) reporter.push(['json'])

/** Specs with a build, a server or content steps of their own in their hooks (see projects below). */
const BUILDING_SPECS = /\/(hostile-content|vault|make-it-yours|dev-loop|cms|cms-deployed|bad-content|stress|external-deck)\.spec\.ts$/

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: CI,
  // A retry in CI shows whether a failure is flaky (the report tells "flaky" from "failed"), but a
  // test that passes only on its retry still fails the run: failOnFlakyTests (in @playwright/test 1.65, installed).
  retries: CI ? 1 : 0,
  failOnFlakyTests: CI,
  // Three workers on a 2-core runner: much of a test is waiting (on a build in another process, a
  // page's network, a file watcher), and with two workers the machine sat half idle (user + sys
  // time about half of twice the wall time). E2E_WORKERS overrides it.
  workers: Number(process.env.E2E_WORKERS) || 3,
  // CI must end within its limit even if something hangs, with room for a slow hour: the suite
  // takes 20-30 minutes on a quiet 2-core runner and more beside another build, and the rest of
  // .ci/run (apt, npm ci, unit tests, the build) about 4 minutes, or 2.6 times that when busy.
  globalTimeout: CI ? 50 * 60_000 : undefined,
  // The runner is busy: three workers share two cores with the builds of other specs, and a
  // page's scripts, a media file's metadata or an axe run then take several times as long as alone
  // (an axe run: 1.5 s alone, 10 s beside two builds). Every wait is for a condition, so longer
  // limits cost a passing test nothing, and a test that fails still fails.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter,
  // Builds and serves the fixture site; its teardown stops the server.
  globalSetup: './e2e/support/global-setup.ts',
  // The base-path build that specs share (e2e/support/fixture-builds.ts) is removed at the end.
  globalTeardown: './e2e/support/global-teardown.ts',
  use: {
    baseURL,
    // A trace costs a page test about a third more CPU (it records every frame and DOM change). In
    // CI a test's first run records none, and a failed test's retry records one; on a laptop a
    // failed test keeps its trace (--trace on records every test's).
    trace: CI ? 'on-first-retry' : 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: playwrightChromiumArgs(),
    },
  },
  projects: [
    // Three rebuilds of the fixture site (e2e/rebuild.spec.ts): the longest
    // single test, so it starts first, on one worker, while the others work through the rest.
    { name: 'rebuild', testMatch: /rebuild\.spec\.ts$/, use: { ...devices['Desktop Chrome'] } },
    // The specs that build or start something of their own before their tests (a site, `next dev`,
    // the editor, the content steps) or start the base-path build the specs share: dispatched next,
    // so that the run ends on short page tests, with every worker busy to the end, rather than on
    // one worker's build while the others wait.
    { name: 'builds', testMatch: BUILDING_SPECS, use: { ...devices['Desktop Chrome'] } },
    { name: 'desktop-chromium', testIgnore: [/rebuild\.spec\.ts$/, BUILDING_SPECS], use: { ...devices['Desktop Chrome'] } },
    // The visitor's journey once more at phone width: the same pages, laid out in one column.
    { name: 'mobile-chromium', testMatch: /visitor\.spec\.ts$/, use: { ...devices['Pixel 7'] } },
  ],
})
