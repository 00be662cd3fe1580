/**
 * Where notes are served, decided over all of them at once (buildSite, lib/content/site.ts), as Obsidian
 * and Obsidian Publish serve a vault:
 *
 * - A note is at /notes/<slug>/ where its slug is its own. Where several notes share a slug
 *   (same-named notes in different folders, ordinary in Obsidian), each one that is in a folder
 *   gains its folder path, each segment slugified: /notes/obsidian-sync/security-and-privacy/.
 *   A note at the top level keeps the short URL, and so does every URL that built before.
 * - `permalink: a/b` serves the note at /a/b/. Where several notes share a permalink (a vault
 *   with a folder per language, each published as its own site, repeats them), each gains its
 *   leading folders, from the top, until they differ: /en/callouts/ and /th/callouts/. Its
 *   /notes/ URL then only sends the reader there. A permalink the site cannot serve ("/", which
 *   is Obsidian Publish's home page, or one of the site's own paths such as /tags/, which
 *   Obsidian's own help vault uses) leaves the note at its /notes/ URL, and the content report
 *   says so: a vault builds as it is. One that is a talk's shortlink is an error.
 * - Each alias gives /notes/<alias>/, a page that sends the reader to the note, where that path is
 *   free: never over a page, another redirect, or the note itself.
 *
 * Folders are counted from the notes folder, or from the content folder for a note outside it.
 * What still clashes (two notes of one folder whose names slugify alike) is left for the check
 * of unique URLs (lib/content/site.ts), which names both files.
 */
import { slugify } from '../core/slug'
import { routes } from '../core/urls'
import type { ContentProblem } from './readers/validate'
import type { Note } from '../core/model'

/** The folders of a note, from the notes folder (or the content folder): "notes/a/b/X.md" -> ["a", "b"]. */
export function noteFolders(relative: string): string[] {
  const folders = relative.split('/').slice(0, -1)
  return folders[0] === 'notes' ? folders.slice(1) : folders
}

const slugSegments = (segments: readonly string[]) => segments.map(slugify).filter(Boolean)

/** A permalink as a site path's segments: "/Web Clipper/Intro/" -> ["web-clipper", "intro"]. */
export const permalinkSegments = (permalink: string) => slugSegments(permalink.split('/'))

export type NoteUrlInputs = {
  /** A content file's path relative to the content folder ("content/notes/a/X.md" -> "notes/a/X.md"). */
  relative: (file: string) => string
  /** Top-level paths of the site that a permalink may not take. */
  reservedPaths: ReadonlySet<string>
  /** Talks' shortlinks (/<shortlink>/) with their files. */
  shortlinks: ReadonlyMap<string, string>
}

/** A permalink the site cannot serve, and where the note is served instead: the content report lists them. */
export type UnusedPermalink = { file: string; permalink: string; reason: string }

/** Groups items by a key, in order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

/**
 * Sets each note's slug and URL, and the paths that redirect to it, as the module's comment says.
 * `takenUrls`: the other pages' URLs (talks, case studies), which no redirect may replace.
 */
export function decideNoteUrls(notes: Note[], inputs: NoteUrlInputs, takenUrls: ReadonlySet<string>, problems: ContentProblem[]): UnusedPermalink[] {
  const folders = new Map(notes.map((note) => [note, noteFolders(inputs.relative(note.file))]))
  const foldersOf = (note: Note) => folders.get(note) ?? []

  for (const group of groupBy(notes, (note) => note.slug).values()) {
    if (group.length < 2) continue
    for (const note of group) {
      const path = slugSegments(foldersOf(note))
      if (path.length) note.slug = [...path, note.slug].join('/')
    }
  }
  const notesUrls = new Map<Note, string>()
  for (const note of notes) {
    note.url = routes.note(note.slug)
    notesUrls.set(note, note.url)
    // /notes/page/2/ is the list's second page (app/notes/page/[page]).
    if (/^page\/./.test(note.slug)) {
      problems.push({ file: note.file, field: 'slug', message: `has the URL ${note.url}, which the notes list's pages use; rename its folder or set "slug"` })
    }
  }

  const unused: UnusedPermalink[] = []
  const withPermalink = notes.filter((note) => note.permalink !== undefined)
  const permalinks = new Map<Note, string[]>()
  for (const note of withPermalink) {
    permalinks.set(note, permalinkSegments(note.permalink ?? ''))
  }
  for (const group of groupBy([...permalinks.keys()], (note) => (permalinks.get(note) ?? []).join('/')).values()) {
    if (group.length < 2) continue
    const deepest = Math.max(...group.map((note) => foldersOf(note).length))
    for (let depth = 1; depth <= deepest; depth++) {
      const candidates = group.map((note) => [...slugSegments(foldersOf(note).slice(0, depth)), ...(note.permalink ? permalinkSegments(note.permalink) : [])].join('/'))
      if (new Set(candidates).size === group.length || depth === deepest) {
        group.forEach((note, i) => permalinks.set(note, (candidates[i] ?? '').split('/').filter(Boolean)))
        break
      }
    }
  }
  for (const [note, segments] of permalinks) {
    // "/" is Obsidian Publish's home page; here the home page is the profile's. Shared by a
    // folder per language, each language's home has its folder: /en/, /th/.
    if (!segments.length || segments.every((part) => part === '')) {
      unused.push({ file: note.file, permalink: note.permalink ?? '', reason: "the site's home page is the profile; served at its /notes/ URL" })
      continue
    }
    const first = segments[0] ?? ''
    const path = segments.join('/')
    // /index/ would share the home page's preview image, /og/index.png (lib/core/urls.ts).
    if (inputs.reservedPaths.has(first) || path === 'index') {
      unused.push({ file: note.file, permalink: note.permalink ?? '', reason: `/${first}/ is one of the site's own paths; served at its /notes/ URL` })
      continue
    }
    const talk = inputs.shortlinks.get(path)
    if (talk) {
      problems.push({ file: note.file, field: 'permalink', message: `"${note.permalink}" is the shortlink of ${talk}` })
      continue
    }
    note.url = routes.permalink(path)
  }

  // Redirects, after every page has its URL: a redirect never takes a page's place.
  const taken = new Set([...takenUrls, ...notes.map((note) => note.url)])
  const redirect = (note: Note, from: string) => {
    if (taken.has(from)) return
    taken.add(from)
    note.redirectsFrom.push(from)
  }
  for (const note of notes) {
    const own = notesUrls.get(note)
    if (own && own !== note.url) redirect(note, own)
  }
  for (const note of notes) {
    for (const alias of note.aliases) {
      const slug = slugify(alias)
      if (slug) redirect(note, routes.note(slug))
    }
  }
  return unused
}
