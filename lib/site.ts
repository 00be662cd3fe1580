/**
 * The site as pure data: buildSite() turns the content's documents into pages, the link graph and
 * the content report. lib/content.ts feeds it the generated content; unit tests feed it documents
 * written in the test (lib/site.test.ts).
 */
import path from 'node:path'
import { caseStudySchema, profileSchema } from '@/content-schema'
import type { DocumentSchema } from '@/content-schema'
import { IMAGE_EXTENSIONS, type ContentFiles } from './content-files'
import { contentFile } from './content-source'
import { parseContentDate } from './dates'
import type { Frontmatter } from './frontmatter'
import type { BodyScan } from './markdown'
import { readNoteFrontmatter, type NoteProperty } from './note-properties'
import { noteFate, type PublishSetting } from './publish-mode'
import { eventsNewestFirst, newestFirst } from './order'
import { checkSlideTimes, readSlideTime } from './slide-times'
import { extractFootnotes, splitSlides } from './slides'
import { readTalkFrontmatter } from './talk-properties'
import { baseName, slugify } from './slug'
import { routes } from './urls'
import { ContentError, validateFrontmatter, type ContentProblem } from './validate'
import { linkResolver, type LinkTargets, type PageNames } from './link-graph'
import type { WikiLink } from './wikilinks'
import type {
  Attachment,
  CaseStudy,
  ContentFileFate,
  ContentReport,
  Note,
  Page,
  PageKind,
  PageRef,
  Profile,
  ProfileLink,
  ProfileLinkKind,
  PublicSlide,
  ResolvedImage,
  ResolvedLink,
  Tag,
  TagRef,
  Talk,
  TalkEvent,
  TalkSource,
} from './view-model'

export type Site = {
  profile: Profile
  talks: Talk[]
  caseStudies: CaseStudy[]
  notes: Note[]
  byUrl: Map<string, Page>
  backlinks: Map<string, PageRef[]>
  tags: Map<string, Tag>
  attachments: Attachment[]
  resolve: (link: WikiLink) => ResolvedLink | undefined
  resolveImage: (pageFile: string, url: string) => ResolvedImage | undefined
  /** What links resolve against besides the pages (lib/link-graph.ts): for the slim index. */
  linkTargets: Pick<LinkTargets, 'attachments' | 'privateNames'>
  report: ContentReport
}

/** A content file as the site reads it: where it is, its frontmatter as written, its Markdown body. */
export type SourceDocument = {
  /** Relative to the project, as errors name it: "content/talks/x.md". */
  file: string
  frontmatter: Frontmatter
  body: string
}

export type SiteDocuments = {
  profile: SourceDocument
  talks: readonly SourceDocument[]
  caseStudies: readonly SourceDocument[]
  notes: readonly SourceDocument[]
}

/** What the site is built from besides the documents: the rest of the content folder, and settings. */
export type SiteInputs = {
  /** Every file under the content folder, by kind (lib/content-files.ts). */
  files: ContentFiles
  publish: PublishSetting
  /** Whether a file of public/ exists ("public/images/x.png"), for Markdown images. */
  publicFileExists: (file: string) => boolean
  /** A body's links, tags, images and excerpt: scanBody, or a cached copy of its answer. */
  scan: (body: string, inlineTags: boolean) => BodyScan
  /** Top-level paths a shortlink may not take. */
  reservedPaths: ReadonlySet<string>
}

const fileOf = (doc: SourceDocument) => doc.file
const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined)
const strList = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])

function toTags(names: string[]): TagRef[] {
  const seen = new Map<string, TagRef>()
  for (const name of names) {
    const slug = slugify(name)
    if (slug && !seen.has(slug)) seen.set(slug, { name, slug })
  }
  return [...seen.values()]
}

function common(
  doc: SourceDocument,
  kind: PageKind,
  title: string,
  description: string,
  tags: string[],
  aliases: string[],
  body: string,
  fm: Frontmatter = doc.frontmatter,
) {
  const file = fileOf(doc)
  const slug = str(fm.slug) ?? slugify(baseName(file))
  const url = kind === 'talk' ? routes.talk(slug) : kind === 'case-study' ? routes.caseStudy(slug) : routes.note(slug)
  return { kind, file, slug, url, title, description, tags: toTags(tags), aliases, body, isMdx: file.endsWith('.mdx') }
}

/** `fm`: the frontmatter as lib/talk-properties.ts reads it, under the talk's own field names. */
function readTalk(doc: SourceDocument, fm: Frontmatter, properties: NoteProperty[], problems: ContentProblem[]): Talk {
  const file = fileOf(doc)
  const slides = splitSlides(doc.body)
  const sources: TalkSource[] = []
  for (const item of Array.isArray(fm.sources) ? fm.sources : []) {
    const source = item as Record<string, unknown>
    sources.push({ number: sources.length + 1, title: str(source.title) ?? '', url: str(source.url), note: str(source.note), slides: [] })
  }
  // A slide's `Time:` line is read only in a talk with a recording: elsewhere it stays slide text,
  // as it was before slides had times (content format: additive only).
  const timed = slides.map((slide) =>
    str(fm.video) ? readSlideTime(slide.markdown) : { markdown: slide.markdown, start: undefined, problems: [] },
  )
  timed.forEach(({ problems: found }, i) => found.forEach((message) => problems.push({ file, field: `slide ${i + 1}`, message })))
  for (const { slide, message } of checkSlideTimes(timed.map((t) => t.start))) problems.push({ file, field: `slide ${slide}`, message })
  // Footnotes inside slides join the sources list; one that repeats a listed URL is merged into it.
  const publicSlides: PublicSlide[] = slides.map((slide, i) => {
    const { markdown, start } = timed[i]!
    const footnotes = new Map<string, number>()
    for (const footnote of extractFootnotes(slide.markdown)) {
      let source = footnote.url ? sources.find((s) => s.url === footnote.url) : undefined
      if (!source) {
        source = { number: sources.length + 1, title: footnote.title, url: footnote.url, slides: [] }
        sources.push(source)
      }
      if (!source.slides.includes(slide.number)) source.slides.push(slide.number)
      footnotes.set(footnote.label, source.number)
    }
    return { number: slide.number, markdown, footnotes, ...(start === undefined ? {} : { start }) }
  })
  const events: TalkEvent[] = eventsNewestFirst((Array.isArray(fm.events) ? fm.events : []).map((item) => {
    const event = item as Record<string, unknown>
    return {
      name: str(event.name) ?? '',
      date: parseContentDate(event.date) ?? '',
      location: str(event.location),
      url: str(event.url),
      recording: str(event.recording),
    }
  }))
  const deck = (typeof fm.slides === 'object' && fm.slides ? fm.slides : {}) as Record<string, unknown>
  if (slides.length === 0 && !str(deck.speakerdeck) && !str(deck.pdf) && !str(deck.embed) && !str(fm.video)) {
    problems.push({ file, field: 'slides', message: 'a talk needs slides in its body, or slides.speakerdeck, slides.pdf, slides.embed or video' })
  }
  return {
    ...common(doc, 'talk', str(fm.title) ?? '', str(fm.description) ?? '', strList(fm.tags), strList(fm.aliases),
      publicSlides.map((s) => s.markdown).join('\n\n'), fm),
    kind: 'talk',
    date: parseContentDate(fm.date) ?? '',
    duration: typeof fm.duration === 'number' ? fm.duration : undefined,
    shortlink: str(fm.shortlink),
    events,
    slides: publicSlides.filter((s) => s.markdown !== ''),
    deck: { speakerdeck: str(deck.speakerdeck), pdf: str(deck.pdf), embed: str(deck.embed) },
    video: str(fm.video),
    sources,
    properties,
  }
}

function readCaseStudy(doc: SourceDocument): CaseStudy {
  const fm = doc.frontmatter
  return {
    ...common(doc, 'case-study', str(fm.title) ?? '', str(fm.description) ?? '', strList(fm.tags), strList(fm.aliases), doc.body),
    kind: 'case-study',
    date: parseContentDate(fm.date) ?? '',
    company: str(fm.company),
    role: str(fm.role),
    period: str(fm.period),
    links: (Array.isArray(fm.links) ? fm.links : []).map((l) => {
      const link = l as Record<string, unknown>
      return { title: str(link.title) ?? '', url: str(link.url) ?? '' }
    }),
  }
}

const PROFILE_LINK_LABELS: Record<ProfileLinkKind, string> = {
  website: 'Website', twitter: 'Twitter / X', discord: 'Discord', github: 'GitHub', mastodon: 'Mastodon',
  bluesky: 'Bluesky', linkedin: 'LinkedIn', youtube: 'YouTube', email: 'Email',
}

function readProfile(fm: Frontmatter, bio: string): Profile {
  const raw = (typeof fm.links === 'object' && fm.links ? fm.links : {}) as Record<string, unknown>
  const links: ProfileLink[] = []
  let twitterHandle: string | undefined
  for (const kind of Object.keys(PROFILE_LINK_LABELS) as ProfileLinkKind[]) {
    const value = str(raw[kind])
    if (!value) continue
    let url = value
    if (kind === 'twitter') {
      const handle = value.startsWith('@') ? value.slice(1) : /(?:twitter|x)\.com\/@?([A-Za-z0-9_]+)/i.exec(value)?.[1]
      if (handle) twitterHandle = `@${handle}`
      if (value.startsWith('@')) url = `https://x.com/${value.slice(1)}`
    }
    if (kind === 'email') url = `mailto:${value}`
    links.push({ kind, label: PROFILE_LINK_LABELS[kind], url })
  }
  return { name: str(fm.name) ?? '', headline: str(fm.headline), avatar: str(fm.avatar), location: str(fm.location), links, bio, twitterHandle }
}

function checkSchema(schema: DocumentSchema, doc: SourceDocument, problems: ContentProblem[]) {
  problems.push(...validateFrontmatter(schema, doc.frontmatter, fileOf(doc)))
}

/**
 * The site from its documents: drafts and unpublished notes dropped, slugs and URLs decided,
 * pages sorted (newest first, then by title), the link graph (wikilinks, embeds, backlinks, tags)
 * and the content report built. Pure: everything it reads comes in as arguments. Throws a
 * ContentError naming every problem's file and field.
 */
export function buildSite(documents: SiteDocuments, inputs: SiteInputs): Site {
  const problems: ContentProblem[] = []
  const excluded: ContentReport['excluded'] = []
  const { files, scan } = inputs
  for (const file of files.unknown) {
    problems.push({ file: contentFile(file), message: 'is no known kind of content (see "Content format" in the README)' })
  }

  const profileDocument = documents.profile
  checkSchema(profileSchema, profileDocument, problems)
  const profile = readProfile(profileDocument.frontmatter, profileDocument.body)

  const talks: Talk[] = []
  for (const doc of documents.talks) {
    const file = fileOf(doc)
    const talk = readTalkFrontmatter(doc.frontmatter, file, { fileName: baseName(file), body: doc.body })
    problems.push(...talk.problems)
    if (talk.leftOut) excluded.push({ file, reason: talk.leftOut })
    else talks.push(readTalk(doc, talk.data, talk.properties, problems))
  }
  const caseStudies: CaseStudy[] = []
  for (const doc of documents.caseStudies) {
    checkSchema(caseStudySchema, doc, problems)
    if (doc.frontmatter.draft === true) excluded.push({ file: fileOf(doc), reason: 'draft: true' })
    else caseStudies.push(readCaseStudy(doc))
  }
  const notes: Note[] = []
  const privateNotes: string[] = []
  // Private notes answer wikilinks (as plain text), so a link to one does not claim it is unwritten.
  const privateNames: PageNames[] = []
  for (const doc of documents.notes) {
    const file = fileOf(doc)
    const { meta, problems: noteProblems } = readNoteFrontmatter(doc.frontmatter, file)
    problems.push(...noteProblems)
    const fate = noteFate(meta.flags, inputs.publish.mode)
    if (!fate.published) {
      if (fate.private) {
        privateNotes.push(file)
        privateNames.push({ fileName: baseName(file), title: meta.title ?? baseName(file), aliases: meta.aliases })
      } else {
        excluded.push({ file, reason: fate.reason })
      }
      continue
    }
    const scanned = scan(doc.body, true)
    const title = meta.title ?? baseName(file)
    notes.push({
      ...common(doc, 'note', title, scanned.excerpt, [...meta.tags, ...scanned.tags], meta.aliases, doc.body),
      kind: 'note',
      created: meta.created,
      updated: meta.updated,
      date: meta.updated ?? meta.created,
      stage: meta.stage,
      properties: meta.properties,
    })
  }

  // Two files that would share a URL are an error that names both.
  const byUrl = new Map<string, Page>()
  for (const page of [...talks, ...caseStudies, ...notes]) {
    const other = byUrl.get(page.url)
    if (other) problems.push({ file: page.file, field: 'slug', message: `has the URL ${page.url}, as ${other.file} does; rename one or set "slug"` })
    else byUrl.set(page.url, page)
  }
  const shortlinks = new Map<string, Talk>()
  for (const talk of talks) {
    if (!talk.shortlink) continue
    const other = shortlinks.get(talk.shortlink)
    if (inputs.reservedPaths.has(talk.shortlink)) problems.push({ file: talk.file, field: 'shortlink', message: `"${talk.shortlink}" is one of the site's own paths` })
    else if (other) problems.push({ file: talk.file, field: 'shortlink', message: `"${talk.shortlink}" is also the shortlink of ${other.file}` })
    else shortlinks.set(talk.shortlink, talk)
  }

  const allAttachments: Attachment[] = files.attachments.map((file) => {
    const name = file.split('/').pop() ?? file
    const ext = path.extname(name).toLowerCase()
    return { file: contentFile(file), name, urlName: `${slugify(baseName(name))}${ext}`, isImage: IMAGE_EXTENSIONS.has(ext) }
  })
  const linkTargets = { attachments: allAttachments, privateNames }
  const { resolve, resolveImage } = linkResolver({ pages: [...talks, ...caseStudies, ...notes], ...linkTargets, publicFileExists: inputs.publicFileExists })

  // The link graph, from published pages' public text only (never from speaker notes).
  const backlinkSets = new Map<string, Map<string, PageRef>>()
  const used = new Set<Attachment>()
  const unresolved: ContentReport['unresolved'] = []
  const privateLinks: ContentReport['privateLinks'] = []
  const missingImages: ContentReport['missingImages'] = []
  for (const page of [...talks, ...caseStudies, ...notes]) {
    const missing = new Set<string>()
    const toPrivate = new Set<string>()
    // A note's scan is the one read above (inline tags do not change its links or images).
    const scanned = scan(page.body, page.kind === 'note')
    const missingHere = new Set<string>()
    for (const url of scanned.images) {
      const image = resolveImage(page.file, url)
      if (image?.kind === 'file') used.add(image.attachment)
      else if (image?.kind === 'missing') missingHere.add(url)
    }
    if (missingHere.size) missingImages.push({ file: page.file, images: [...missingHere] })
    for (const link of scanned.links) {
      if (!link.target) continue // [[#Heading]] links within the page
      const target = resolve(link)
      // Listed as written (without its label), so the author can find it: [[Name#Heading]].
      if (!target) missing.add(link.written)
      else if (target.kind === 'private') toPrivate.add(link.written)
      else if (target.kind === 'file') used.add(target.attachment)
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

  const attachments = allAttachments.filter((a) => used.has(a))
  const fates: ContentFileFate[] = [
    { file: fileOf(profileDocument), url: routes.home(), what: 'profile: the home page' },
    ...[...talks, ...caseStudies, ...notes].map((page) => ({ file: page.file, url: page.url, what: page.kind })),
    ...excluded,
    ...privateNotes.map((file) => ({ file, reason: 'private: not marked publish: true' })),
    // Hidden files are Obsidian's or the system's; the table lists what an author sees in the folder.
    ...files.ignored
      .flatMap((entry) => entry.files.map((file) => ({ file, reason: `ignored: ${entry.reason}` })))
      .filter((entry) => !entry.file.split('/').some((part) => part.startsWith('.')))
      .map((entry) => ({ ...entry, file: contentFile(entry.file) })),
    ...allAttachments.map((a) => (used.has(a) ? { file: a.file, url: routes.attachment(a.urlName), what: 'attachment' } : { file: a.file, reason: 'attachment no published page embeds' })),
  ].sort((a, b) => a.file.localeCompare(b.file))
  return {
    profile, talks, caseStudies, notes, byUrl, backlinks, tags, attachments, resolve, resolveImage, linkTargets,
    report: {
      pages: { talks: talks.length, caseStudies: caseStudies.length, notes: notes.length, tags: tags.size, attachments: attachments.length },
      publish: inputs.publish,
      excluded,
      private: privateNotes,
      privateLinks,
      ignored: files.ignored.map((entry) => ({ file: contentFile(entry.path), reason: entry.reason, files: entry.files.length })),
      unresolved,
      missingImages,
      files: fates,
    },
  }
}

export function toRef(page: Page): PageRef {
  return { kind: page.kind, slug: page.slug, url: page.url, title: page.title, description: page.description, date: page.date, tags: page.tags }
}

