/**
 * Reads a content folder independently of the site's own lib/content/index.ts, so the tests state what
 * the source files say and the site has to agree. Only the frontmatter parser is shared. The
 * specs read the fixture site (e2e/fixtures/site/content/, built by e2e/support/global-setup.ts); the
 * speaker's own content/ and out/ are checked by e2e/own-content.spec.ts.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { slug } from 'github-slugger'
import { splitFrontmatter, type Frontmatter } from '../../lib/core/frontmatter'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
/** The fixture site's content: what the specs state facts about. */
export const CONTENT = path.join(ROOT, 'e2e', 'fixtures', 'site', 'content')
/**
 * The fixture site's export, built by e2e/support/global-setup.ts. Where the root build of the fixture site is made and served from: outside the project, so that
 * neither `next dev` nor tsc sees a second copy of it, and one folder per checkout.
 */
export const FIXTURE_BUILD_DIR = path.join(tmpdir(), `speaker-site-fixture-${createHash('sha256').update(ROOT).digest('hex').slice(0, 8)}`)
export const OUT = path.join(FIXTURE_BUILD_DIR, 'out')
/** What `npm run build` of the fixture site printed (its content report and warnings), kept beside out/. */
export const FIXTURE_BUILD_LOG = path.join(FIXTURE_BUILD_DIR, 'build.log')

export type Collection = 'talks' | 'case-studies' | 'notes'
export const COLLECTIONS: Collection[] = ['talks', 'case-studies', 'notes']

export type ContentFile = {
  collection: Collection
  /** Path relative to content/, with "/" separators. */
  file: string
  data: Frontmatter
  body: string
  published: boolean
  /** The URL slug: frontmatter `slug`, else the file name slugged like a GitHub heading. */
  slug: string
  title: string
  /**
   * The page's folder in out/ (README, "Content format"): "<collection>/<slug>", a shared note
   * name's "notes/<folders>/<slug>", or a note's permalink ("guides/intro").
   */
  page: string
}

const MARKDOWN = /\.mdx?$/

function walk(dir: string, relative = ''): string[] {
  const files: string[] = []
  for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue
    const child = relative ? `${relative}/${entry.name}` : entry.name
    if (entry.isDirectory()) files.push(...walk(dir, child))
    else files.push(child)
  }
  return files.sort()
}

/** Every file under a directory, relative to it, hidden ones excepted. */
export const listFiles = (dir: string) => walk(dir)

const fileBase = (file: string) => (file.split('/').pop() ?? file).replace(/\.[^.]+$/, '')

function flag(data: Frontmatter, key: string): boolean | undefined {
  const entry = Object.entries(data).find(([k]) => k.trim().toLowerCase() === key)
  const value = typeof entry?.[1] === 'string' ? entry[1].trim().toLowerCase() : entry?.[1]
  return value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined
}

/** Talks, case studies and notes (notes may sit in sub-folders), published or not. */
/**
 * Whether a folder's notes publish only when marked `publish: true` (README, "Content from
 * anywhere"): PUBLISH says so, or else the folder is in an Obsidian vault (.obsidian/ in it or above).
 */
export function publishesMarkedOnly(contentDir: string): boolean {
  if (process.env.PUBLISH) return process.env.PUBLISH === 'marked'
  for (let dir = path.resolve(contentDir); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.obsidian'))) return true
    if (path.dirname(dir) === dir) return false
  }
}

export function readContent(contentDir = CONTENT): ContentFile[] {
  const files: ContentFile[] = []
  const marked = publishesMarkedOnly(contentDir)
  for (const collection of COLLECTIONS) {
    for (const relative of existsSync(path.join(contentDir, collection)) ? listFiles(path.join(contentDir, collection)) : []) {
      if (!MARKDOWN.test(relative)) continue
      const file = `${collection}/${relative}`
      const { data, body } = splitFrontmatter(readFileSync(path.join(contentDir, file), 'utf8'))
      const published =
        collection === 'notes'
          ? (marked ? flag(data, 'publish') === true : flag(data, 'publish') !== false) && flag(data, 'draft') !== true
          : data.draft !== true && data.publish !== false
      const name = fileBase(relative)
      const ownSlug = typeof data.slug === 'string' && data.slug.trim() ? data.slug.trim() : undefined
      const title = typeof data.title === 'string' && data.title.trim() ? data.title.trim() : name
      const fileSlug = ownSlug ?? slug(name.normalize('NFC').trim())
      files.push({ collection, file, data, body: body.replace(/\r\n?/g, '\n'), published, slug: fileSlug, title, page: `${collection}/${fileSlug}` })
    }
  }
  notePages(files.filter((entry) => entry.collection === 'notes' && entry.published))
  return files
}

const slugAll = (parts: string[]) => parts.map((part) => slug(part.normalize('NFC').trim())).filter(Boolean)

/**
 * Where published notes are, as the README says: a name shared by several notes gains each one's
 * folders (from notes/), and a `permalink` is the page's path, shared ones gaining their leading
 * folders until they differ. Stated here from the README, not from lib/content/note-urls.ts.
 */
function notePages(notes: ContentFile[]): void {
  const folders = (entry: ContentFile) => entry.file.split('/').slice(1, -1)
  for (const entry of notes) {
    if (notes.filter((other) => other.slug === entry.slug).length > 1 && folders(entry).length) {
      entry.page = `notes/${[...slugAll(folders(entry)), entry.slug].join('/')}`
    }
  }
  const permalinkOf = (entry: ContentFile) => {
    const value = Object.entries(entry.data).find(([key]) => key.trim().toLowerCase() === 'permalink')?.[1]
    return typeof value === 'string' ? slugAll(value.split('/')) : []
  }
  const withPermalink = notes.filter((entry) => permalinkOf(entry).length)
  for (const entry of withPermalink) {
    const shared = withPermalink.filter((other) => permalinkOf(other).join('/') === permalinkOf(entry).join('/'))
    let depth = 0
    const at = (e: ContentFile, d: number) => [...slugAll(folders(e).slice(0, d)), ...permalinkOf(e)].join('/')
    while (new Set(shared.map((e) => at(e, depth))).size < shared.length && depth < Math.max(...shared.map((e) => folders(e).length))) depth++
    entry.page = at(entry, depth)
  }
}

export function readContentFile(file: string): ContentFile {
  const found = readContent().find((entry) => entry.file === file)
  if (!found) throw new Error(`no content file ${file}`)
  return found
}

/** A talk's body cut into slides on lines holding only `---` with blank lines around them. */
export function slideChunks(body: string): string[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n')
  const chunks: string[][] = [[]]
  lines.forEach((line, i) => {
    if (/^---\s*$/.test(line) && (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '') chunks.push([])
    else chunks[chunks.length - 1]?.push(line)
  })
  return chunks.map((chunk) => chunk.join('\n'))
}

/** The part of a slide the audience sees: everything before its `Note:` (or `note:`) line. */
export const publicPart = (chunk: string) => chunk.split(/^note:.*$/im)[0]?.trim() ?? ''

/** The speaker notes of a slide: the text after `Note:` (or `note:`) up to the end of the slide. */
export function speakerNotes(chunk: string): string {
  const at = /^note:(.*)$/im.exec(chunk)
  if (!at) return ''
  return `${at[1] ?? ''}\n${chunk.slice(at.index + at[0].length)}`.trim()
}

/** Markdown inline syntax dropped, to compare with rendered text. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[\[([^\]|]*)\|([^\]]*)\]\]/g, '$2')
    .replace(/!?\[\[([^\]#|]*)(#[^\]]*)?\]\]/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/[*_`]/g, '')
    .replace(/^\s*(?:#{1,6}\s+|[-+*]\s+|\d+[.)]\s+|>\s*)/, '')
    .replace(/\s+#+\s*$/, '')
    .trim()
}

/** Each slide's first heading, in order; null for a slide without one. */
export function slideHeadings(body: string): (string | null)[] {
  return slideChunks(body)
    .map(publicPart)
    .filter((markdown) => markdown !== '')
    .map((markdown) => {
      const heading = /^#{1,6}\s+(.+)$/m.exec(markdown)?.[1]
      return heading === undefined ? null : plainText(heading)
    })
}

/** "2023-12-07" -> "Dec 7, 2023", as the site shows dates. */
export function showDate(day: string): string {
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day.slice(0, 10)}T00:00:00Z`))
}
