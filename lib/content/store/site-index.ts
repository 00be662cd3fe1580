/**
 * The site without its bodies, for the processes that render pages. A build loads the site in
 * several processes (the content check, then each of Next's workers); only the first builds it
 * from every document. It writes this index: every page's fields, the link graph, tags and the
 * report, with the bodies moved into one file beside it. The others read the index and each page
 * reads its own body from that file when it renders, so no worker holds every document's body.
 * Pure apart from the two files it writes and reads.
 */
import { createHash } from 'node:crypto'
import { closeSync, openSync, readdirSync, readFileSync, readSync, rmSync } from 'node:fs'
import path from 'node:path'
import { isTemporaryFile, writeFileAtomically } from '../../cache/files'
import { linkResolver } from '../link-graph'
import { MAX_DEPTH } from '../../markdown/obsidian/transclusion'
import type { Site } from '../site'
import type { CaseStudy, Note, Page, PublicSlide, Talk } from '../../core/model'
import { scanWikiLinks } from '../../markdown/obsidian/wikilinks'

const INDEX_FILE = 'index.json'
const BODIES_FILE = 'bodies.txt'
const HASHES_FILE = 'hashes.json'

/**
 * What a page of the last build may be reused under (lib/build/page-reuse.ts): `skeleton` hashes all of
 * the site but its bodies (every field that lists, tags, backlinks and links read), and
 * `documents` each document's own fields and body, by its content file.
 */
export type SiteHashes = { key: string; skeleton: string; documents: Record<string, string> }

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

type Stored<P extends Page> = Omit<P, 'body'> & { bodyAt: [offset: number, bytes: number] }
type StoredSlide = Omit<PublicSlide, 'footnotes'> & { footnotes: [string, number][] }
type StoredTalk = Omit<Stored<Talk>, 'slides'> & { slides: StoredSlide[] }

type StoredSite = {
  /** What the site was built from (lib/content/index.ts decides it): an index is used only under the same key. */
  key: string
  profile: Site['profile']
  talks: StoredTalk[]
  caseStudies: Stored<CaseStudy>[]
  notes: Stored<Note>[]
  backlinks: [string, Site['backlinks'] extends Map<string, infer R> ? R : never][]
  tags: Site['tags'] extends Map<string, infer T> ? T[] : never
  attachments: Site['attachments']
  linkTargets: Site['linkTargets']
  report: Site['report']
}

/**
 * Writes the index of `site` under `key` into `folder`: index.json and bodies.txt. Both are
 * written atomically (writeFileAtomically), and the index last, so a reader never sees an index whose
 * bodies file is not there yet.
 */
export function writeSiteIndex(site: Site, key: string, folder: string): void {
  const chunks: Buffer[] = []
  let offset = 0
  const store = <P extends Page>(page: P): Stored<P> => {
    const bytes = Buffer.from(page.body, 'utf8')
    chunks.push(bytes)
    const bodyAt: [number, number] = [offset, bytes.length]
    offset += bytes.length
    const { body: _body, ...rest } = page
    return { ...rest, bodyAt }
  }
  const stored: StoredSite = {
    key,
    profile: site.profile,
    talks: site.talks.map((talk) => {
      const { slides, ...rest } = store(talk)
      return { ...rest, slides: slides.map((slide) => ({ ...slide, footnotes: [...slide.footnotes] })) }
    }),
    caseStudies: site.caseStudies.map(store),
    notes: site.notes.map(store),
    backlinks: [...site.backlinks],
    tags: [...site.tags.values()],
    attachments: site.attachments,
    linkTargets: site.linkTargets,
    report: site.report,
  }
  const documents: Record<string, string> = {}
  const pages: { file: string; bodyAt: [number, number] }[] = [...stored.talks, ...stored.caseStudies, ...stored.notes]
  const allBodies = Buffer.concat(chunks)
  const bodyOf = new Map<string, string>()
  for (const { bodyAt, ...fields } of pages) {
    const body = allBodies.subarray(bodyAt[0], bodyAt[0] + bodyAt[1]).toString('utf8')
    bodyOf.set(fields.file, body)
    documents[fields.file] = sha256(JSON.stringify(fields) + body)
  }
  // A page shows the pages it transcludes (`![[Note]]`, lib/markdown/obsidian/transclusion.ts), MAX_DEPTH
  // deep: its hash holds theirs, so an edit to one renders again the pages that show it.
  const own = { ...documents }
  const shown = (file: string, depth: number, seen: Set<string>): string[] => {
    const body = bodyOf.get(file) ?? ''
    if (depth >= MAX_DEPTH || !body.includes('![[')) return []
    return scanWikiLinks(body).flatMap((link) => {
      const target = link.embed ? site.resolve(link) : undefined
      if (target?.kind !== 'page' || seen.has(target.page.file)) return []
      seen.add(target.page.file)
      return [own[target.page.file] ?? '', ...shown(target.page.file, depth + 1, seen)]
    })
  }
  for (const file of Object.keys(own)) {
    const embedded = shown(file, 0, new Set([file]))
    if (embedded.length > 0) documents[file] = sha256(own[file] + embedded.join(''))
  }
  // The bodies' offsets move when an earlier body grows: they are not part of what pages show.
  const withoutBodies = <T extends { bodyAt: unknown }>({ bodyAt: _at, ...rest }: T) => rest
  // A talk's slides and sources show only on its own outputs (its page, its slides' pages, their
  // previews, the presenter view, the embed), whose keys hold the talk's own hash; the rest of the
  // site shows how many slides it has (the sitemap and the previews list a page per slide). So an
  // edit to a slide renders that talk's outputs, not every page.
  const listedTalk = ({ slides, sources: _sources, ...talk }: StoredTalk) => ({ ...withoutBodies(talk), slides: slides.length })
  const { key: _key, ...withoutKey } = stored
  const skeleton = sha256(
    JSON.stringify({
      ...withoutKey,
      talks: withoutKey.talks.map(listedTalk),
      caseStudies: withoutKey.caseStudies.map(withoutBodies),
      notes: withoutKey.notes.map(withoutBodies),
    }),
  )
  // Under a name of its own: a worker reading the previous bodies file keeps reading it whole.
  const bodiesName = `${BODIES_FILE}.${key.slice(0, 16)}`
  writeFileAtomically(path.join(folder, HASHES_FILE), JSON.stringify({ key, skeleton, documents } satisfies SiteHashes))
  writeFileAtomically(path.join(folder, bodiesName), allBodies)
  writeFileAtomically(path.join(folder, INDEX_FILE), JSON.stringify({ ...stored, bodiesFile: bodiesName }))
  // The bodies of earlier builds go; this build's processes all read the one just written.
  for (const name of readdirSync(folder)) {
    if (name.startsWith(`${BODIES_FILE}.`) && name !== bodiesName && !isTemporaryFile(name)) rmSync(path.join(folder, name), { force: true })
  }
}

/**
 * The site stored in `folder` under `key`, or undefined when there is none or it was built from
 * something else. Each page's `body` is read from the bodies file when it is asked for, and not
 * kept: a worker renders a page once.
 */
export function readSiteIndex(key: string, folder: string, publicFileExists: (file: string) => boolean): Site | undefined {
  let stored: StoredSite & { bodiesFile: string }
  try {
    stored = JSON.parse(readFileSync(path.join(folder, INDEX_FILE), 'utf8')) as StoredSite & { bodiesFile: string }
  } catch {
    return undefined
  }
  if (stored.key !== key) return undefined
  const bodiesFile = path.join(folder, stored.bodiesFile)
  const readBody = ([offset, bytes]: [number, number]): string => {
    const buffer = Buffer.alloc(bytes)
    const fd = openSync(bodiesFile, 'r')
    try {
      readSync(fd, buffer, 0, bytes, offset)
    } finally {
      closeSync(fd)
    }
    return buffer.toString('utf8')
  }
  const restore = <P extends Page>({ bodyAt, ...page }: Stored<P>): P => {
    Object.defineProperty(page, 'body', { get: () => readBody(bodyAt), enumerable: true })
    return page as unknown as P
  }
  const talks = stored.talks.map(({ slides, ...talk }) =>
    restore<Talk>({ ...talk, slides: slides.map((slide) => ({ ...slide, footnotes: new Map(slide.footnotes) })) }),
  )
  const caseStudies = stored.caseStudies.map((page) => restore<CaseStudy>(page))
  const notes = stored.notes.map((page) => restore<Note>(page))
  const pages: Page[] = [...talks, ...caseStudies, ...notes]
  const { resolve, resolveImage } = linkResolver({ pages, ...stored.linkTargets, publicFileExists })
  return {
    profile: stored.profile,
    talks,
    caseStudies,
    notes,
    byUrl: new Map(pages.map((page) => [page.url, page])),
    backlinks: new Map(stored.backlinks),
    tags: new Map(stored.tags.map((tag) => [tag.slug, tag])),
    attachments: stored.attachments,
    resolve,
    resolveImage,
    linkTargets: stored.linkTargets,
    report: stored.report,
  }
}

/** The hashes written with the index under `key` (see SiteHashes), or undefined. */
export function readSiteHashes(key: string, folder: string): SiteHashes | undefined {
  try {
    const hashes = JSON.parse(readFileSync(path.join(folder, HASHES_FILE), 'utf8')) as SiteHashes
    return hashes.key === key ? hashes : undefined
  } catch {
    return undefined
  }
}
