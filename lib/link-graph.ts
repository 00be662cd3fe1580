/**
 * What a wikilink or a Markdown image points at: a published page, an attachment, a private note
 * (shown as plain text), a file of public/, or nothing. Decided once here, for buildSite()
 * (lib/site.ts) and for the slim site index that page workers load (lib/site-index.ts). And the
 * graph those answers make: backlinks, the attachments in use, and the links and images that
 * point at nothing.
 */
import { classifyImageUrl } from './images'
import type { BodyScanner } from './markdown'
import { newestFirst } from './order'
import { toRef } from './page-ref'
import type { Attachment, ContentReport, Page, PageRef, ResolvedImage, ResolvedLink } from './view-model'
import { baseName } from './slug'
import { NameIndex, type WikiLink } from './wikilinks'

/** The names a wikilink may use for a page: its file name, its title, its aliases. */
export type PageNames = { fileName: string; title: string; aliases: readonly string[] }

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
  resolve: (link: WikiLink) => ResolvedLink | undefined
  resolveImage: (pageFile: string, url: string) => ResolvedImage | undefined
}

export function linkResolver(targets: LinkTargets): LinkResolver {
  const attachmentsByName = new NameIndex<Attachment>()
  // Shallowest path first, as Obsidian resolves a name shared by two attachments.
  for (const attachment of [...targets.attachments].sort((a, b) => a.file.split('/').length - b.file.split('/').length)) {
    attachmentsByName.add(0, attachment.name, attachment)
  }
  const pagesByName = new NameIndex<Page>()
  for (const page of targets.pages) pagesByName.addPage(page, { fileName: baseName(page.file), title: page.title, aliases: page.aliases })
  const privateByName = new NameIndex<true>()
  for (const names of targets.privateNames) privateByName.addPage(true, names)

  const resolve = (link: WikiLink): ResolvedLink | undefined => {
    const attachment = attachmentsByName.get(link.target)
    if (attachment) return { kind: 'file', attachment }
    const page = pagesByName.get(link.target)
    if (page) return { kind: 'page', page }
    return privateByName.get(link.target) ? { kind: 'private' } : undefined
  }
  // ![](./x.png), ![](attachments/x.png): the file next to the page if it is there, else any
  // attachment of that name, as Obsidian finds ![[x.png]]. ![](/images/x.png): a file of public/.
  const attachmentsByFile = new Map(targets.attachments.map((attachment) => [attachment.file, attachment]))
  const resolveImage = (pageFile: string, url: string): ResolvedImage | undefined => {
    const reference = classifyImageUrl(url, pageFile)
    if (reference.kind === 'external') return undefined
    if (reference.kind === 'public') return targets.publicFileExists(reference.file) ? reference : { kind: 'missing' }
    const attachment = attachmentsByFile.get(reference.file) ?? attachmentsByName.get(reference.name)
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
      const target = resolve(link)
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
