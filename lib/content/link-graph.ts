/**
 * What a wikilink or a Markdown image points at: a published page, an attachment, a private note
 * (shown as plain text), a file of public/, or nothing. Decided once here, for buildSite()
 * (lib/content/site.ts) and for the slim site index that page workers load (lib/content/store/site-index.ts). And the
 * graph those answers make: backlinks, the attachments in use, and the links and images that
 * point at nothing.
 */
import { classifyImageUrl } from '../markdown/images'
import type { BodyScanner } from '../markdown'
import { newestFirst } from '../core/order'
import { toRef } from '../core/model'
import type { Attachment, ContentReport, Page, PageRef, ResolvedImage, ResolvedLink } from '../core/model'
import { baseName } from '../core/slug'
import { NameIndex, normalizeName, type WikiLink } from '../markdown/obsidian/wikilinks'

/**
 * The names a wikilink may use for a page: its file name, its title, its aliases; `file` (as
 * errors name it, "content/notes/a/X.md") lets [[a/X]] tell it from another X.
 */
export type PageNames = { fileName: string; title: string; aliases: readonly string[]; file?: string }

export type LinkTargets = {
  /** Published pages. */
  pages: readonly Page[]
  /** Every attachment of the content folder, used or not. */
  attachments: readonly Attachment[]
  /** Private notes: a link to one is plain text, not a link nobody wrote. */
  privateNames: readonly PageNames[]
  /** Whether a file of public/ exists ("public/images/x.png"). */
  publicFileExists: (file: string) => boolean
}

export type LinkResolver = {
  /** `from`: the file of the page the link is in, which breaks ties between same-named notes. */
  resolve: (link: WikiLink, from?: string) => ResolvedLink | undefined
  resolveImage: (pageFile: string, url: string) => ResolvedImage | undefined
}

type Located<T> = { value: T; folders: string[] }

const segmentsOf = (path: string) => path.split('/').map(normalizeName).filter((part) => part !== '' && part !== '.')

/** The number of leading folders two lists share. */
function sharedFolders(a: readonly string[], b: readonly string[]): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

/**
 * Files found as Obsidian finds them (Obsidian's help, Internal links): a link with a path
 * ([[Folder/Note]]) names the file whose path ends with it, whether written from the vault's root,
 * the notes folder or any folder above the note (a vault may sit inside the content folder, as a
 * folder per language does); a link with a bare name, any file of that name. When several match,
 * the one with the shortest path wins, as in Obsidian; among those equally deep, the one nearest
 * the linking page (most leading folders shared), so a vault with one folder per language links
 * within its language; then the first added.
 */
export class FileIndex<T> {
  private readonly byName = new Map<string, Located<T>[]>()

  /** `file`: "content/notes/a/X.md"; `keepExtension`: attachments are named with theirs. */
  add(file: string, value: T, keepExtension = false): void {
    const segments = segmentsOf(keepExtension ? file : file.replace(/\.mdx?$/i, ''))
    const name = segments.pop()
    if (!name) return
    const list = this.byName.get(name) ?? []
    list.push({ value, folders: segments })
    this.byName.set(name, list)
  }

  find(path: string, from?: string): T | undefined {
    const fromFolders = from ? segmentsOf(from).slice(0, -1) : []
    // "./x" and "../x" are paths from the linking note's folder.
    const relative = /^\.\.?\//.test(path.trim())
    const wanted = relative ? resolveRelative(fromFolders, path) : segmentsOf(path.replace(/^\/+/, ''))
    if (!wanted) return undefined
    const name = wanted.at(-1)
    const folders = wanted.slice(0, -1)
    const candidates = (name === undefined ? undefined : this.byName.get(name)) ?? []
    let best: Located<T> | undefined
    let bestShared = -1
    for (const candidate of candidates) {
      const tail = candidate.folders.slice(candidate.folders.length - folders.length)
      if (candidate.folders.length < folders.length || tail.some((part, i) => part !== folders[i])) continue
      if (relative && candidate.folders.length !== folders.length) continue
      const shared = sharedFolders(candidate.folders, fromFolders)
      if (!best || candidate.folders.length < best.folders.length || (candidate.folders.length === best.folders.length && shared > bestShared)) {
        best = candidate
        bestShared = shared
      }
    }
    return best?.value
  }
}

function resolveRelative(fromFolders: readonly string[], path: string): string[] | undefined {
  const out = [...fromFolders]
  for (const part of path.split('/').map(normalizeName)) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (!out.length) return undefined
      out.pop()
    } else out.push(part)
  }
  return out
}

/** An attachment named by a page's link ("deck.pdf", "decks/deck.pdf", "./deck.pdf"), found as Obsidian finds it from the page's `from` file. */
export type AttachmentFinder = (path: string, from?: string) => Attachment | undefined

export function attachmentFinder(attachments: readonly Attachment[]): AttachmentFinder {
  const attachmentFiles = new FileIndex<Attachment>()
  for (const attachment of attachments) attachmentFiles.add(attachment.file, attachment, true)
  return (path, from) => attachmentFiles.find(path, from)
}

export function linkResolver(targets: LinkTargets): LinkResolver {
  const findAttachment = attachmentFinder(targets.attachments)
  const pageFiles = new FileIndex<Page>()
  const pagesByName = new NameIndex<Page>()
  for (const page of targets.pages) {
    pageFiles.add(page.file, page)
    pagesByName.addPage(page, { fileName: baseName(page.file), title: page.title, aliases: page.aliases })
  }
  const privateFiles = new FileIndex<true>()
  const privateByName = new NameIndex<true>()
  for (const names of targets.privateNames) {
    if (names.file) privateFiles.add(names.file, true)
    privateByName.addPage(true, names)
  }

  // By path or file name first, then by title or alias as written ("TCP/IP" may be a title), then
  // by the bare name: a link whose folder is wrong still finds its note, as it did before folders
  // counted.
  const resolve = (link: WikiLink, from?: string): ResolvedLink | undefined => {
    const attachment = findAttachment(link.path, from)
    if (attachment) return { kind: 'file', attachment }
    const byFile = pageFiles.find(link.path, from)
    if (byFile) return { kind: 'page', page: byFile }
    if (privateFiles.find(link.path, from)) return { kind: 'private' }
    for (const name of link.path === link.target ? [link.path] : [link.path, link.target]) {
      const page = pagesByName.get(name)
      if (page) return { kind: 'page', page }
      if (privateByName.get(name)) return { kind: 'private' }
    }
    return undefined
  }
  // ![](./x.png), ![](attachments/x.png): the file next to the page if it is there, else any
  // attachment of that name, as Obsidian finds ![[x.png]]. ![](/images/x.png): a file of public/.
  const attachmentsByFile = new Map(targets.attachments.map((attachment) => [attachment.file, attachment]))
  const resolveImage = (pageFile: string, url: string): ResolvedImage | undefined => {
    const reference = classifyImageUrl(url, pageFile)
    if (reference.kind === 'external') return undefined
    if (reference.kind === 'public') return targets.publicFileExists(reference.file) ? reference : { kind: 'missing' }
    const attachment = attachmentsByFile.get(reference.file) ?? findAttachment(reference.name, pageFile)
    return attachment ? { kind: 'file', attachment } : { kind: 'missing' }
  }
  return { resolve, resolveImage }
}

/** What the published pages' links and images say, for the pages and for the content report. */
export type LinkGraph = {
  /** The pages that link to a page, by its URL, newest first; a page's links to itself are none. */
  backlinks: Map<string, PageRef[]>
  /** The attachments a published page links or embeds: the ones the site publishes. */
  usedAttachments: Set<Attachment>
  /** Wikilinks that name nothing, as written ([[Name#Heading]]), so the author can find them. */
  unresolved: ContentReport['unresolved']
  privateLinks: ContentReport['privateLinks']
  missingImages: ContentReport['missingImages']
}

/**
 * The link graph, from published pages' public text only (never from speaker notes: a talk's
 * body is its public slides). `scan` is the one the pages were read with: a note's inline tags
 * change neither its links nor its images, and a cached scan is not parsed twice.
 */
export function buildLinkGraph(pages: readonly Page[], scan: BodyScanner, { resolve, resolveImage }: LinkResolver): LinkGraph {
  const backlinkSets = new Map<string, Map<string, PageRef>>()
  const usedAttachments = new Set<Attachment>()
  const unresolved: LinkGraph['unresolved'] = []
  const privateLinks: LinkGraph['privateLinks'] = []
  const missingImages: LinkGraph['missingImages'] = []
  for (const page of pages) {
    const scanned = scan(page.body, page.kind === 'note')
    const missing = new Set<string>()
    const toPrivate = new Set<string>()
    const missingHere = new Set<string>()
    for (const url of scanned.images) {
      const image = resolveImage(page.file, url)
      if (image?.kind === 'file') usedAttachments.add(image.attachment)
      else if (image?.kind === 'missing') missingHere.add(url)
    }
    if (missingHere.size) missingImages.push({ file: page.file, images: [...missingHere] })
    for (const link of scanned.links) {
      if (!link.target) continue // [[#Heading]] links within the page
      const target = resolve(link, page.file)
      if (!target) missing.add(link.written)
      else if (target.kind === 'private') toPrivate.add(link.written)
      else if (target.kind === 'file') usedAttachments.add(target.attachment)
      else if (target.page.url !== page.url) {
        const set = backlinkSets.get(target.page.url) ?? new Map<string, PageRef>()
        set.set(page.url, toRef(page))
        backlinkSets.set(target.page.url, set)
      }
    }
    if (missing.size) unresolved.push({ file: page.file, links: [...missing] })
    if (toPrivate.size) privateLinks.push({ file: page.file, links: [...toPrivate] })
  }
  const backlinks = new Map([...backlinkSets].map(([url, refs]) => [url, [...refs.values()].sort(newestFirst)]))
  return { backlinks, usedAttachments, unresolved, privateLinks, missingImages }
}
