/**
 * The top-level paths of the site that a talk's shortlink (/<shortlink>/) may not take, derived
 * from the routes in app/, so that a new route is reserved the day it is added: every folder of
 * app/ except dynamic segments ("[shortlink]") and route groups ("(site)"), plus what the build
 * writes into out/ beside Next's pages.
 */
export const OUTPUT_PATHS = [
  '_next', // Next's scripts and styles
  '404', // the not-found page, out/404.html and out/404/
  'admin', // the CMS (scripts/cms-admin.ts)
  'pagefind', // the search index (pagefind --site out)
  'feed', // beside /feed.xml and /feed.json, so that "feed" never means two things
  'search', // kept from the first list: the search page may come back as a route
] as const

export type AppEntry = { name: string; isDirectory: boolean }

export function reservedPaths(appEntries: readonly AppEntry[]): Set<string> {
  const routes = appEntries
    .filter((entry) => entry.isDirectory && !/^[[(]/.test(entry.name) && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
  return new Set([...routes, ...OUTPUT_PATHS])
}
