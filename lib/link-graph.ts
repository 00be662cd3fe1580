/**
 * What a wikilink or a Markdown image points at: a published page, an attachment, a private note
 * (shown as plain text), a file of public/, or nothing. Decided once here, for buildSite()
 * (lib/site.ts) and for the slim site index that page workers load (lib/site-index.ts).
 */
import { classifyImageUrl } from './images'
import type { Attachment, Page, ResolvedImage, ResolvedLink } from './view-model'
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
