/**
 * Content files as the documents lib/content/index.ts reads, without contentlayer: the shape of
 * contentlayer's generated documents that the site uses (the file, its frontmatter as written, its
 * body). `npm run dev` reads the content folder through this (lib/content/source/watch.ts) instead of
 * `contentlayer2 dev`, whose regenerated files Turbopack does not reliably reload
 * (lib/content/source/watch.ts says why), and whose start grows with the content.
 * The build's reader of contentlayer's output (lib/content/source/generated.ts) gives each document
 * in this same shape, made by contentDocument(); lib/content/site-of-documents.test.ts builds one site both
 * ways and requires them equal.
 */
import { FrontmatterError, locateFrontmatter, normalizeKey, splitFrontmatter, type Frontmatter } from '../../core/frontmatter'
import { readTagList } from '../readers/note-frontmatter'
import { publishFate } from '../../core/publish'
import type { ContentProblem } from '../readers/validate'
import type { PublishMode } from '../../core/model'
import { caseStudySchema, documentSchemas, noteSchema, profileSchema, talkSchema, type DocumentKind, type DocumentSchema } from '../../../content-schema'

export type ContentDocument = {
  _raw: { sourceFilePath: string; sourceFileName: string }
  frontmatter: Frontmatter
  body: { raw: string }
}

/** A document, from its file (relative to the content folder), its frontmatter as written and its body. */
export const contentDocument = (sourceFilePath: string, frontmatter: Frontmatter, body: string): ContentDocument => ({
  _raw: { sourceFilePath, sourceFileName: sourceFilePath.split('/').pop() ?? sourceFilePath },
  frontmatter,
  body: { raw: body },
})

/**
 * The document types of content-schema/, by the collection of ContentDocuments each one fills.
 * contentlayer writes a type's documents under its name (lib/content/source/generated.ts); `npm run
 * dev` sorts files into the collections by their kind (collectDocuments).
 */
export const DOCUMENT_TYPES = { profile: profileSchema, talks: talkSchema, caseStudies: caseStudySchema, notes: noteSchema } as const

/** Every document of the site, by collection: the one document of a singleton type (the profile), else a list. */
export type ContentDocuments = {
  [C in keyof typeof DOCUMENT_TYPES]: (typeof DOCUMENT_TYPES)[C] extends { singleton: true } ? ContentDocument : ContentDocument[]
}

/** The speaker's profile, relative to the content folder. */
export const PROFILE_FILE = profileSchema.filePathPattern

// Every type but the profile has a folder of its own, in which a Markdown file is of that type.
const FOLDERS_OF_KINDS = documentSchemas
  .filter((schema: DocumentSchema) => !schema.singleton)
  .map((schema) => ({ folder: `${schema.folder}/`, kind: schema.kind }))

/** The kind of a document by its place (paths relative to the content folder, "/" separators), as content-schema/ places them. */
export function documentKind(relative: string): DocumentKind | undefined {
  if (relative === PROFILE_FILE) return 'profile'
  if (!/\.mdx?$/.test(relative)) return undefined
  return FOLDERS_OF_KINDS.find(({ folder }) => relative.startsWith(folder))?.kind
}

/** The folders whose Markdown files are of their kind whatever they say (content-schema/). */
const KIND_FOLDERS = FOLDERS_OF_KINDS.map(({ folder }) => folder)

/** Whether a Markdown file sits where its place decides its kind (profile.md, talks/, case-studies/, notes/). */
export const isPlaced = (relative: string) => relative === PROFILE_FILE || KIND_FOLDERS.some((folder) => relative.startsWith(folder))

// "case study", "Case-Study", "#case_study" and "casestudy" are one name.
const kindName = (value: string) => normalizeKey(value.trim().replace(/^#/, ''))
const KIND_NAMES: Record<string, DocumentKind> = { talk: 'talk', casestudy: 'case-study' }

/**
 * The kind a vault's note gives itself, outside talks/, case-studies/ and notes/ (README, "A vault as
 * it is"): `kind: talk` or `kind: case study` (the key and the value matched loosely), else a tag
 * `talk` or `case study` (`case-study`); anything else is a note. Inside notes/ a note stays a
 * note whatever its tags: callers ask only for files outside the three folders.
 */
export function kindFromProperties(frontmatter: Frontmatter): DocumentKind {
  const tags: string[] = []
  for (const [key, value] of Object.entries(frontmatter)) {
    const name = normalizeKey(key)
    if (name === 'kind' && typeof value === 'string' && KIND_NAMES[kindName(value)]) return KIND_NAMES[kindName(value)]!
    if (name === 'tags' || name === 'tag') tags.push(...readTagList(value))
  }
  for (const tag of tags) if (KIND_NAMES[kindName(tag)]) return KIND_NAMES[kindName(tag)]!
  return 'note'
}

/**
 * Whether a document whose frontmatter does not parse is a note that would not be published, so
 * that its broken YAML is a warning, not an error. Its flags are read from its lines as written
 * (`publish: true`, `draft: true`), since its YAML cannot be. Talks, case studies and the profile
 * in their places are always checked.
 */
export function unparsableIsPrivate(relative: string, text: string, mode: PublishMode): boolean {
  const kind = documentKind(relative)
  if (kind === 'profile' || kind === 'talk' || kind === 'case-study') return false
  const flag = (key: string) => {
    const value = new RegExp(`^${key}[ \\t]*:[ \\t]*["']?(true|false)["']?[ \\t]*$`, 'im').exec(locateFrontmatter(text)?.yaml ?? '')?.[1]
    return value === undefined ? undefined : value.toLowerCase() === 'true'
  }
  return !publishFate({ publish: flag('publish'), draft: flag('draft') }, mode).published
}

export type ReadDocument = { document: ContentDocument; problem?: undefined } | { document?: undefined; problem: ContentProblem }

/**
 * One file's document, or the problem that stops it, named as the build names it: `file` is the
 * file as errors name it ("content/talks/x.md").
 */
export function readDocument(relative: string, text: string, file: string): ReadDocument {
  try {
    const { data, body } = splitFrontmatter(text)
    return { document: contentDocument(relative, data, body) }
  } catch (error) {
    if (error instanceof FrontmatterError) return { problem: { file, message: error.message } }
    throw error
  }
}

/** The problem of a content folder without its profile (a vault before its owner writes one). */
export const missingProfile = (file: string): ContentProblem => ({ file, message: 'is missing: the site needs a profile (see "Content format" in the README)' })

/**
 * Sorts documents into their collections; a missing profile is a problem, as in the build.
 * `documents` are the content scan's (lib/content/source/files.ts): one outside the folders of kinds is
 * a vault's note, of the kind its properties say, as the scan decided for contentlayer.
 */
export function collectDocuments(
  documents: ReadonlyMap<string, ContentDocument>,
  profileFile: string,
): { documents?: ContentDocuments; problems: ContentProblem[] } {
  const talks: ContentDocument[] = []
  const caseStudies: ContentDocument[] = []
  const notes: ContentDocument[] = []
  let profile: ContentDocument | undefined
  for (const [relative, document] of [...documents].sort(([a], [b]) => a.localeCompare(b))) {
    const kind = documentKind(relative) ?? kindFromProperties(document.frontmatter)
    if (kind === 'profile') profile = document
    else if (kind === 'talk') talks.push(document)
    else if (kind === 'case-study') caseStudies.push(document)
    else if (kind === 'note') notes.push(document)
  }
  if (!profile) return { problems: [missingProfile(profileFile)] }
  return { documents: { profile, talks, caseStudies, notes }, problems: [] }
}
