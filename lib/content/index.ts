/**
 * The one reader of generated content: it hands contentlayer's documents to buildSite()
 * (lib/content/site.ts), which decides drafts, slugs, order and the link graph once, and serves the
 * result to pages. Replacing contentlayer means replacing generatedDocuments() (lib/content/source/generated.ts)
 * and nothing else.
 *
 * contentlayer's documents are read from its JSON files, not imported: the bundler would put
 * every document into each route's server code, and a build worker loading five routes would hold
 * five copies of every body. The first process of a build to load
 * the site writes a slim index of it (lib/content/store/site-index.ts); the others read that, and each page
 * reads its own body.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { cacheFolder, cacheKey, cachedJsonSync, codeOf } from '../cache/files'
import { collectDocuments, PROFILE_FILE, readDocument, type ContentDocument, type ContentDocuments } from './source/documents'
import { scanContentFiles } from './source/files'
import { contentFile, getContentSource } from './source/settings'
import { devSite } from './source/watch'
import { devMemo } from '../cache/dev-memo'
import { memoOn, processGlobal } from '../cache/memo'
import { scanBody, type BodyScan } from '../markdown'
import { parseAndKeep } from '../markdown/kept-trees'
import type { Site } from './site'
import { siteOfDocuments, sourceDocument } from './site-of-documents'
import { GENERATED, GENERATED_FILES, generatedDocuments, readGenerated } from './source/generated'
import { readSiteHashes, readSiteIndex, writeSiteIndex, type SiteHashes } from './store/site-index'
import { splitSlides } from '../markdown/slides'
import { speakerNotesIncluded } from '../core/speaker-notes'
import { isDev } from '../core/run-mode'
import { hasDeck, type PageRef, type SpeakerNote } from '../core/model'
import type { WikiLink } from '../markdown/obsidian/wikilinks'


const scanFingerprint = codeOf(['lib/markdown'])
const scanned = new Map<string, BodyScan>()
// `npm run dev` parses only the bodies that changed since the last save (lib/cache/dev-memo.ts).
const devScan = { true: devMemo('scan', (body) => scanBody(body, true)), false: devMemo('scan-plain', (body) => scanBody(body, false)) }

/**
 * A body's links, tags, images and excerpt (lib/markdown/index.ts). Every process of a build loads the
 * site (the content check, Next's page-data and page workers, the export's clean-up), and parsing
 * 2000 bodies takes each of them a minute or more: the first one stores each body's scan in the
 * build cache, keyed by the body and the scanning code, and the others, and the next build, read
 * it. `npm run dev` keeps its scans in memory (lib/cache/dev-memo.ts), so an edit to the scanner shows
 * at its restart.
 */
function scan(body: string, inlineTags: boolean): BodyScan {
  const key = `${inlineTags}:${body}`
  let result = scanned.get(key)
  if (!result) {
    result =
      isDev()
        ? devScan[`${inlineTags}`](body)
        : cachedJsonSync(cacheFolder('scan'), { code: scanFingerprint(), body, inlineTags }, () =>
            // A note's page renders its body whole, from the tree kept here (lib/markdown/kept-trees.ts).
            // Only notes' (inlineTags: a note's body): a talk's scanned body is all its public
            // slides, which its pages render one by one, and case studies are few.
            scanBody(body, inlineTags, inlineTags ? parseAndKeep(body) : undefined),
          )
    scanned.set(key, result)
  }
  return result
}


type LoadedSite = Site & { documents?: ContentDocuments; indexKey?: string }

function load(documents: ContentDocuments): LoadedSite {
  const site = siteOfDocuments(documents, getContentSource(), scan)
  // The documents stay beside the site, for the presenter view's speaker notes only.
  return Object.assign(site, { documents })
}

/**
 * Fills the build cache with every body's scan, from the content files themselves rather than
 * contentlayer's output, so that it can run beside `contentlayer2 build` on the other core
 * (scripts/content-build.ts). The content check then finds each scan made: parsing every body
 * is most of its work, which would run on one core while the other waited. It reads
 * the files as `npm run dev` does (lib/content/source/documents.ts); a body that contentlayer gives
 * otherwise only misses the cache, and problems are left to the check, which names them.
 * Returns the number of documents read.
 */
export function warmScans(): number {
  const source = getContentSource()
  const documents = new Map<string, ContentDocument>()
  for (const relative of scanContentFiles(source.root, source.obsidianFolders).documents) {
    const read = readDocument(relative, readFileSync(path.join(source.root, relative), 'utf8'), contentFile(relative))
    if (read.document) documents.set(relative, read.document)
  }
  const collected = collectDocuments(documents, contentFile(PROFILE_FILE)).documents
  if (collected) {
    try {
      load(collected)
    } catch {
      // Bad content: the check, which reads contentlayer's documents, says what and where.
    }
  }
  return documents.size
}

const SITE_INDEX_DIR = cacheFolder('site-index')
// The code that shapes the site: every module of lib/ and the schemas (a change to any may change a page's fields).
const siteCode = codeOf(['lib', 'content-schema'])

/**
 * The PDFs under a folder (public/, the content folder), by name, size and time: a talk's PDF deck
 * is read into the site, so a replaced PDF makes another site, though no content file changed.
 */
function pdfsUnder(dir: string): [string, number, number][] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.toLowerCase().endsWith('.pdf'))
    .sort()
    .map((file) => {
      const stat = statSync(path.join(dir, file))
      return [file, stat.size, stat.mtimeMs]
    })
}

/**
 * What the site is built from, cheaply: the generated files' sizes and times, the content folder's
 * other files, the PDFs of public/ and of the content folder, the settings and the code. Computed by every process; equal keys, equal sites.
 */
function siteKey(): string {
  const source = getContentSource()
  return cacheKey({
    generated: Object.values(GENERATED_FILES).map((file) => {
      const stat = statSync(path.join(GENERATED, file))
      return [file, stat.size, stat.mtimeMs]
    }),
    files: scanContentFiles(source.root, source.obsidianFolders),
    pdfs: [...pdfsUnder('public'), ...pdfsUnder(source.root)],
    publish: source.publish,
    code: siteCode(),
  })
}

function loadBuiltSite(): LoadedSite {
  const key = siteKey()
  const indexed = readSiteIndex(key, SITE_INDEX_DIR, existsSync)
  if (indexed) return Object.assign(indexed, { indexKey: key })
  // The first process of this build (normally the content check): from every document, once.
  const built = load(generatedDocuments())
  writeSiteIndex(built, key, SITE_INDEX_DIR)
  return Object.assign(readSiteIndex(key, SITE_INDEX_DIR, existsSync) ?? built, { indexKey: key })
}

function getSite(): LoadedSite {
  // `npm run dev` reads the content folder itself and follows each save (lib/content/source/watch.ts).
  if (isDev()) return devSite(load)
  // One site per process: each route's server code has its own copy of this module, and they share it.
  return processGlobal('site', loadBuiltSite)
}

/**
 * The hashes that the last build's pages are reused under (lib/build/static-params.ts): the site without
 * its bodies, and each document. Undefined in `npm run dev`, which keeps no pages.
 */
export function getSiteHashes(): SiteHashes | undefined {
  if (isDev()) return undefined
  const key = getSite().indexKey
  return key ? readSiteHashes(key, SITE_INDEX_DIR) : undefined
}

/**
 * A value derived from the whole site, computed once per site (lib/cache/memo.ts): once in a build's
 * process, and again in `npm run dev` after a save changes the content. Each page asks for its own
 * entry, so a lookup that went through every page each time would make the build quadratic in the
 * pages (every slide is a page): a page worker would spend most of its time listing every page
 * again for each one it renders.
 */
export const perSite = <T>(derive: () => T): (() => T) => memoOn(getSite, derive)

const bySlug = <T extends { slug: string }>(list: (site: Site) => T[]) => perSite(() => new Map(list(getSite()).map((page) => [page.slug, page])))
const talksBySlug = bySlug((site) => site.talks)
const caseStudiesBySlug = bySlug((site) => site.caseStudies)

export const getProfile = () => getSite().profile
/** The profile's file ("content/profile.md"): where its links and images are resolved from. */
export const getProfileFile = () => contentFile(PROFILE_FILE)
export const getTalks = () => getSite().talks
export const getTalk = (slug: string) => talksBySlug().get(slug)
/** The talks with a deck of their own (lib/core/model.ts hasDeck): those with a presenter view, an embed page and oEmbed. */
export const getTalksWithDeck = () => getTalks().filter(hasDeck)
/** The talk at `slug` if it has a deck of its own, else undefined. */
export function getTalkWithDeck(slug: string) {
  const talk = getTalk(slug)
  return talk && hasDeck(talk) ? talk : undefined
}
export const getTalkByShortlink = (shortlink: string) => getSite().talks.find((t) => t.shortlink === shortlink)
export const getCaseStudies = () => getSite().caseStudies
export const getCaseStudy = (slug: string) => caseStudiesBySlug().get(slug)
export const getNotes = () => getSite().notes
const notesByUrl = perSite(() => new Map(getSite().notes.map((note) => [note.url, note])))
/** The note served at a site path: "/notes/a/x/", or its permalink ("/en/callouts/"). */
export const getNoteAt = (url: string) => notesByUrl().get(url)
const noteRedirects = perSite(() => new Map(getSite().notes.flatMap((note) => note.redirectsFrom.map((from) => [from, note] as const))))
/** Every site path that only sends the reader to a note (lib/content/note-urls.ts), with its note. */
export const getNoteRedirects = () => noteRedirects()
export const getBacklinks = (page: PageRef) => getSite().backlinks.get(page.url) ?? []
export const getTags = () => [...getSite().tags.values()].sort((a, b) => b.pages.length - a.pages.length || a.name.localeCompare(b.name))
export const getTag = (slug: string) => getSite().tags.get(slug)
export const getAttachments = () => getSite().attachments
export const getAttachment = (urlName: string) => getSite().attachments.find((a) => a.urlName === urlName)
export const resolveWikiLink = (link: WikiLink, from?: string) => getSite().resolve(link, from)
export const resolveImage = (pageFile: string, url: string) => getSite().resolveImage(pageFile, url)
export const getContentReport = () => getSite().report


/**
 * The speaker notes of a talk, for the presenter view only. Private: null unless this is
 * `npm run dev` or a local build with SPEAKER_NOTES=1 (lib/core/speaker-notes.ts), so that a normal
 * build writes them into no file of out/, and the presenter view says they are left out.
 * Never put them on the public Talk.
 */
export function getSpeakerNotes(slug: string): SpeakerNote[] | null {
  if (!speakerNotesIncluded()) return null
  const talk = getTalk(slug)
  // A build with SPEAKER_NOTES=1 reads the talks' documents again for them; `npm run dev` has them.
  const documents = getSite().documents?.talks ?? readGenerated<ContentDocument[]>(GENERATED_FILES.talks)
  const doc = talk && documents.map(sourceDocument).find((d) => d.file === talk.file)
  if (!doc) return []
  return splitSlides(doc.body)
    .filter((slide) => slide.notes !== '')
    .map((slide) => ({ slide: slide.number, notes: slide.notes }))
}

// What the build's scripts, the editor and the dev server need of the content folder itself, beside
// the site: where it is, its files as the site sorts them, and how a problem is told.
export { CONTENT_DIR, contentFile, getContentSource } from './source/settings'
export { pageDates, type PageDates } from './page-dates'
export { missingProfile, PROFILE_FILE, unparsableIsPrivate } from './source/documents'
export { scanContentFiles, unparsableDocuments } from './source/files'
export { devContentStatus, subscribeDevContent, type DevContentStatus } from './source/watch'
export { ContentError, formatProblem, formatProblems, validateFrontmatter, type ContentProblem } from './readers/validate'

