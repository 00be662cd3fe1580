/**
 * The site as pure data: buildSite() turns the content's documents into pages, the link graph and
 * the content report. lib/content/index.ts feeds it the generated content; unit tests feed it documents
 * written in the test (lib/content/site.test.ts). It composes: one reader per document type
 * (lib/content/readers/), the link graph (lib/content/link-graph.ts), the content report
 * (lib/content/report.ts); what needs every page at once (notes' URLs, lib/content/note-urls.ts; a
 * URL or a shortlink taken twice, the order of lists, tags) is decided here.
 */
import path from 'node:path'
import { isImage } from '../core/file-types'
import type { ContentFiles } from './source/files'
import { contentReport, type LeftOutFile } from './report'
import { contentFile } from './source/settings'
import { attachmentFinder, buildLinkGraph, linkResolver, type LinkTargets, type PageNames } from './link-graph'
import { decideNoteUrls } from './note-urls'
import type { BodyScanner } from '../markdown'
import { classifyImageUrl } from '../markdown/images'
import { newestFirst } from '../core/order'
import { toRef } from '../core/model'
import { readCaseStudy } from './readers/case-study'
import type { LeftOut, Reading, SourceDocument } from './readers/common'
import { readNote } from './readers/note'
import { readProfile } from './readers/profile'
import { readTalk } from './readers/talk'
import { baseName, slugify } from '../core/slug'
import { ContentError, type ContentProblem } from './readers/validate'
import type { WikiLink } from '../markdown/obsidian/wikilinks'
import type {
  Attachment,
  CaseStudy,
  ContentReport,
  Note,
  Page,
  PageRef,
  Profile,
  PublishSetting,
  ResolvedImage,
  ResolvedLink,
  Tag,
  Talk,
} from '../core/model'

export type { SourceDocument }

export type Site = {
  profile: Profile
  talks: Talk[]
  caseStudies: CaseStudy[]
  notes: Note[]
  byUrl: Map<string, Page>
  backlinks: Map<string, PageRef[]>
  tags: Map<string, Tag>
  attachments: Attachment[]
  resolve: (link: WikiLink, from?: string) => ResolvedLink | undefined
  resolveImage: (pageFile: string, url: string) => ResolvedImage | undefined
  /** What links resolve against besides the pages (lib/content/link-graph.ts): for the slim index. */
  linkTargets: Pick<LinkTargets, 'attachments' | 'privateNames'>
  report: ContentReport
}

export type SiteDocuments = {
  profile: SourceDocument
  talks: readonly SourceDocument[]
  caseStudies: readonly SourceDocument[]
  notes: readonly SourceDocument[]
}

/** What the site is built from besides the documents: the rest of the content folder, and settings. */
export type SiteInputs = {
  /** Every file under the content folder, by kind (lib/content/source/files.ts). */
  files: ContentFiles
  publish: PublishSetting
  /** Whether a file of public/ exists ("public/images/x.png"), for Markdown images. */
  publicFileExists: (file: string) => boolean
  /** A body's links, tags, images and excerpt: scanBody, or a cached copy of its answer. */
  scan: BodyScanner
  /** Top-level paths a shortlink may not take. */
  reservedPaths: ReadonlySet<string>
}

/**
 * A headshot named as a file of public/ that is not there: the speaker kit would offer organisers
 * a download that fails. A URL on another site is the speaker's to keep.
 */
export function missingHeadshots(profile: Profile, file: string, publicFileExists: (file: string) => boolean): ContentProblem[] {
  return profile.headshots.flatMap((headshot, i) => {
    const reference = classifyImageUrl(headshot.image, file)
    if (reference.kind !== 'public' || publicFileExists(reference.file)) return []
    return [{ file, field: `headshots[${i}].image`, message: `no file ${reference.file} (a path starting with "/" is a file under public/)` }]
  })
}

/**
 * The site from its documents: drafts and unpublished notes dropped, slugs and URLs decided,
 * pages sorted (newest first, then by title), the link graph (wikilinks, embeds, backlinks, tags)
 * and the content report built. Pure: everything it reads comes in as arguments. Throws a
 * ContentError naming every problem's file and field.
 */
export function buildSite(given: SiteDocuments, inputs: SiteInputs): Site {
  // Documents in the order of their files (code points, not the locale's), whatever order they
  // come in: contentlayer's varies from build to build, and the backlinks, the report and the
  // site's hash (lib/content/store/site-index.ts) must not, or a rebuild would render every page again.
  const byFile = (docs: readonly SourceDocument[]) => [...docs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  const documents: SiteDocuments = { ...given, talks: byFile(given.talks), caseStudies: byFile(given.caseStudies), notes: byFile(given.notes) }
  const problems: ContentProblem[] = []
  const excluded: LeftOutFile[] = []
  const { files, scan } = inputs
  for (const file of files.unknown) {
    problems.push({ file: contentFile(file), message: 'is no known kind of content (see "Content format" in the README)' })
  }
  // What is wrong with notes that are not published: the report's warnings, never errors.
  const warnings: ContentProblem[] = []
  // A published talk's PDF under public/ or embedded in its body that cannot be read: the talk
  // builds as it did before PDFs were decks, and the report says so.
  const unreadPdfs: ContentProblem[] = []
  /** A reader's page, or the file left out; its problems in the order the documents come. */
  function take<P>(doc: SourceDocument, reading: Reading<P> | LeftOut, pages: P[]) {
    problems.push(...reading.problems)
    if (reading.warnings) ('page' in reading ? unreadPdfs : warnings).push(...reading.warnings)
    if ('page' in reading) pages.push(reading.page)
    else excluded.push({ file: doc.file, reason: reading.leftOut })
  }

  const profile = readProfile(documents.profile)
  problems.push(...profile.problems)
  problems.push(...missingHeadshots(profile.page, documents.profile.file, inputs.publicFileExists))
  const allAttachments = files.attachments.map(toAttachment)
  const talks: Talk[] = []
  const findAttachment = attachmentFinder(allAttachments)
  for (const doc of documents.talks) take(doc, readTalk(doc, inputs.publish.mode, findAttachment), talks)
  const caseStudies: CaseStudy[] = []
  for (const doc of documents.caseStudies) take(doc, readCaseStudy(doc, inputs.publish.mode), caseStudies)
  const notes: Note[] = []
  const privateNotes: LeftOutFile[] = []
  const privateNames: PageNames[] = []
  for (const doc of documents.notes) {
    const reading = readNote(doc, { publish: inputs.publish.mode, scan })
    if ('private' in reading) {
      problems.push(...reading.problems)
      warnings.push(...(reading.warnings ?? []))
      privateNotes.push({ file: doc.file, reason: reading.leftOut })
      privateNames.push(reading.private)
    } else {
      take(doc, reading, notes)
    }
  }
  const pages: Page[] = [...talks, ...caseStudies, ...notes]

  const shortlinks = new Map(talks.flatMap((talk) => (talk.shortlink ? [[talk.shortlink, talk.file] as const] : [])))
  const otherUrls = new Set([...talks, ...caseStudies].map((page) => page.url))
  const unusedPermalinks = decideNoteUrls(notes, { relative: contentRelative, reservedPaths: inputs.reservedPaths, shortlinks }, otherUrls, problems)
  const byUrl = checkUnique(pages, talks, inputs.reservedPaths, problems)

  const linkTargets = { attachments: allAttachments, privateNames }
  const { resolve, resolveImage } = linkResolver({ pages, ...linkTargets, publicFileExists: inputs.publicFileExists })
  const graph = buildLinkGraph(pages, scan, { resolve, resolveImage })
  // A talk's PDF in the content folder is published for its download link, though no body links it.
  for (const talk of talks) {
    const pdf = allAttachments.find((attachment) => attachment.file === talk.deck.pdfAttachment)
    if (pdf) graph.usedAttachments.add(pdf)
  }

  talks.sort(newestFirst)
  caseStudies.sort(newestFirst)
  notes.sort(newestFirst)

  const tags = new Map<string, Tag>()
  for (const page of [...talks, ...caseStudies, ...notes]) {
    for (const tag of page.tags) {
      const entry = tags.get(tag.slug) ?? { ...tag, pages: [] }
      entry.pages.push(toRef(page))
      tags.set(tag.slug, entry)
    }
  }

  if (problems.length) throw new ContentError(problems)

  const attachments = allAttachments.filter((a) => graph.usedAttachments.has(a))
  const report = contentReport({
    profileFile: documents.profile.file,
    talks, caseStudies, notes,
    tagCount: tags.size,
    excluded, privateNotes,
    files,
    attachments: allAttachments,
    graph,
    publish: inputs.publish,
    unusedPermalinks,
    warnings,
    unreadPdfs,
  })
  return { profile: profile.page, talks, caseStudies, notes, byUrl, backlinks: graph.backlinks, tags, attachments, resolve, resolveImage, linkTargets, report }
}

/** Two files that would share a URL, or a shortlink, are an error that names both. */
function checkUnique(pages: readonly Page[], talks: readonly Talk[], reservedPaths: ReadonlySet<string>, problems: ContentProblem[]): Map<string, Page> {
  const byUrl = new Map<string, Page>()
  for (const page of pages) {
    const other = byUrl.get(page.url)
    const byPermalink = page.kind === 'note' && page.permalink !== undefined
    if (other) problems.push({ file: page.file, field: byPermalink ? 'permalink' : 'slug', message: `has the URL ${page.url}, as ${other.file} does; rename one or set "${byPermalink ? 'permalink' : 'slug'}"` })
    else byUrl.set(page.url, page)
  }
  const shortlinks = new Map<string, Talk>()
  for (const talk of talks) {
    if (!talk.shortlink) continue
    const other = shortlinks.get(talk.shortlink)
    if (reservedPaths.has(talk.shortlink)) problems.push({ file: talk.file, field: 'shortlink', message: `"${talk.shortlink}" is one of the site's own paths` })
    else if (other) problems.push({ file: talk.file, field: 'shortlink', message: `"${talk.shortlink}" is also the shortlink of ${other.file}` })
    else shortlinks.set(talk.shortlink, talk)
  }
  return byUrl
}

/** A content file relative to the content folder, as its folders count: "content/notes/a/X.md" -> "notes/a/X.md". */
function contentRelative(file: string): string {
  const prefix = `${contentFile('.')}/`
  return file.startsWith(prefix) ? file.slice(prefix.length) : file
}

/** An attachment of the content folder ("notes/img/My Photo.PNG"), published at a slug of its name ("my-photo.png"). */
function toAttachment(file: string): Attachment {
  const name = file.split('/').pop() ?? file
  const ext = path.extname(name).toLowerCase()
  return { file: contentFile(file), name, urlName: `${slugify(baseName(name))}${ext}`, isImage: isImage(name) }
}
