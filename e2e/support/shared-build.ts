import { test } from '@playwright/test'
import { BASE_PATH, sharedBasePathBuild, type BasePathSite } from './fixture-builds'

/**
 * For a spec (or a describe block) that runs against the base-path build the specs share: builds
 * it once per test run (or waits for the worker building it) before the tests, serves it, and
 * stops serving after them. `site()` is the served build, `url("/talks/x/")` a page of it.
 */
export function useSharedBasePathBuild() {
  let served: BasePathSite | undefined
  test.beforeAll(async () => {
    // About as long as `npm run build`, for the first worker that asks.
    test.setTimeout(600_000)
    served = await sharedBasePathBuild()
  })
  test.afterAll(async () => {
    await served?.close()
  })
  const site = () => {
    if (!served) throw new Error('no base-path build')
    return served
  }
  return { site, url: (sitePath: string) => new URL(`${BASE_PATH}${sitePath}`, site().baseUrl).href }
}
