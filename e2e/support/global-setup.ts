import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { FIXTURE_BUILD_LOG } from './content'
import { buildFixtureSite, FIXTURE_BUILD_DIR, serve } from './fixture-builds'

/**
 * Runs once in the test runner before any spec: builds the fixture site (e2e/fixtures/site/) at the
 * root path into .e2e/site/ and serves its out/ at the suite's baseURL, the way a static host would.
 * E2E_REUSE_BUILD=1 serves the last build as it is, for a quick rerun while writing a spec.
 * Returns the teardown that stops the server.
 */
export default async function globalSetup() {
  const port = Number(process.env.E2E_PORT ?? 4173)
  const reuse = process.env.E2E_REUSE_BUILD === '1' && existsSync(path.join(FIXTURE_BUILD_DIR, 'out', 'index.html'))
  if (!reuse) {
    rmSync(FIXTURE_BUILD_DIR, { recursive: true, force: true })
    mkdirSync(FIXTURE_BUILD_DIR, { recursive: true })
    const started = Date.now()
    writeFileSync(FIXTURE_BUILD_LOG, await buildFixtureSite(FIXTURE_BUILD_DIR, ''))
    console.log(`fixture site built in ${((Date.now() - started) / 1000).toFixed(1)} s (${FIXTURE_BUILD_DIR}/out)`)
  }
  const site = await serve(FIXTURE_BUILD_DIR, '', () => {}, port)
  return async () => {
    await site.close()
  }
}
