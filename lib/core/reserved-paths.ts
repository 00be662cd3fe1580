/**
 * The top-level paths of the site that a talk's shortlink (/<shortlink>/) or a note's permalink
 * (/<permalink>/, lib/content/note-urls.ts) may not take: the
 * static routes of app/, and what the build writes into out/ beside Next's pages. A list, not a
 * scan of app/ at build time, because the content check also runs where there is no app/ folder
 * (e2e/bad-content.spec.ts); lib/core/reserved-paths.test.ts fails when a route of app/ is missing here.
 */
export const RESERVED_PATHS: ReadonlySet<string> = new Set([
  // app/'s static route folders
  'talks', 'case-studies', 'notes', 'tags', 'attachments', 'og', 'atom.xml', 'feed.xml', 'feed.json',
  'speaker', // the speaker kit (app/speaker/)
  'favicon.ico', 'apple-touch-icon.png', // raster icons drawn from app/icon.svg
  '.well-known', // the Bluesky handle file (app/.well-known/[file], siteConfig.blueskyDid)
  'katex', // KaTeX's stylesheet and fonts, for pages with math (app/katex/[file])
  'mermaid', // Mermaid's modules, for pages with a diagram (app/mermaid/[file])
  'slide-images', // the pages of PDF decks as images (app/slide-images/[deck]/[file])
  'dev-content-events', // npm run dev's live reload (app/dev-content-events/route.dev.ts)
  '_next', // Next's scripts and styles
  '404', // the not-found page, out/404.html
  'admin', // the CMS (scripts/cms-admin.ts)
  'pagefind', // the search index (pagefind --site out)
  'feed', // beside /feed.xml and /feed.json, so that "feed" never means two things
  'search', // held for a search page of the site's own
])
