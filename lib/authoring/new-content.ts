/**
 * The templates of `npm run new -- talk "Title"` (scripts/new.ts): a file that builds as it is,
 * under the kind's folder, named by the rules of the content format. The frontmatter holds the
 * fields that the kind's schema (content-schema/) requires, so a field made required there is in
 * every new file without a change here; the optional fields are named in a comment.
 */
import { stringify } from 'yaml'
import { caseStudySchema, noteSchema, talkSchema, type DocumentSchema, type Field } from '@/content-schema'
import { slugify } from '../core/slug'

type Template = {
  schema: DocumentSchema
  /**
   * "slug": talks/elixir-in-the-big-and-small.md, as the samples are named. "title": notes are
   * named after their titles, as Obsidian names them ("Elixir in the big and small.md").
   */
  fileName: 'slug' | 'title'
  /** Fields worth having from the start besides the required ones. */
  extra?: (today: string) => Record<string, unknown>
  body: (title: string) => string
}

const TEMPLATES = {
  talk: {
    schema: talkSchema,
    fileName: 'slug',
    body: (title) =>
      [
        `# ${title}`,
        '',
        'The body is the deck: a line holding only `---` starts the next slide.',
        '',
        '---',
        '',
        '## A second slide',
        '',
        '- a point',
        '',
        'Note:',
        'Speaker notes for this slide: shown in the presenter view, never published.',
        '',
      ].join('\n'),
  },
  'case-study': {
    schema: caseStudySchema,
    fileName: 'slug',
    body: () => ['## The problem', '', 'What was at stake.', '', '## What we built', '', 'And what it taught.', ''].join('\n'),
  },
  note: {
    schema: noteSchema,
    fileName: 'title',
    extra: (today) => ({ created: today, stage: 'seedling' }),
    body: () => 'Link other pages with [[wikilinks]]; tag with #tags.\n',
  },
} as const satisfies Record<string, Template>

export type NewKind = keyof typeof TEMPLATES
export const NEW_KINDS = Object.keys(TEMPLATES) as NewKind[]

export const isNewKind = (value: string): value is NewKind => Object.hasOwn(TEMPLATES, value)

/** The kind's folder under content/, as its schema says: "talks". */
export const folderOf = (kind: NewKind): string => TEMPLATES[kind].schema.folder

/** A file of the kind's folder as it is now: its path under the folder and the slug it has. */
export type ExistingFile = { file: string; slug: string }

export type NewFile = {
  /** Relative to content/: "talks/my-first-talk.md". */
  file: string
  slug: string
  text: string
  frontmatter: Record<string, unknown>
}

/** Why no file is written: the message names the file or the title. */
export class NewContentError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NewContentError'
  }
}

/** A value that passes the field's checks, for a required field: the author replaces it. */
function starterValue(key: string, field: Field, title: string, today: string): unknown {
  if (key === 'title') return title
  switch (field.type) {
    case 'date':
      return today
    case 'string':
    case 'text':
      return `TODO: ${field.hint ?? field.label}`
    case 'number':
      return 0
    case 'boolean':
      return false
    case 'strings':
    case 'list':
      return []
    case 'object':
      return {}
  }
}

// Characters Obsidian refuses in a filename, or that break a [[wikilink]] to it.
const NOT_IN_FILENAMES = /[\\/:*?"<>|#^[\]]/g

function fileBaseName(template: Template, title: string): string {
  if (template.fileName === 'slug') return slugify(title)
  return title.replace(NOT_IN_FILENAMES, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '')
}

/**
 * The new file of `kind` titled `title`, dated `today` (YYYY-MM-DD). Refuses a title without
 * letters or digits, and a file or slug that the folder already has: two files may not share a URL.
 */
export function newContentFile(kind: NewKind, title: string, today: string, existing: readonly ExistingFile[]): NewFile {
  const template: Template = TEMPLATES[kind]
  const cleanTitle = title.replace(/\s+/g, ' ').trim()
  const name = fileBaseName(template, cleanTitle)
  const slug = slugify(name)
  if (!cleanTitle || !slug) throw new NewContentError(`"${title}" has no letters or digits to make a file name and URL from.`)

  const { schema } = template
  const file = `${schema.folder}/${name}.md`
  const taken = existing.find((e) => e.file.toLowerCase() === `${name}.md`.toLowerCase())
  if (taken) throw new NewContentError(`content/${schema.folder}/${taken.file} already exists: not overwritten. Choose another title, or edit that file.`)
  const sameSlug = existing.find((e) => e.slug === slug)
  if (sameSlug) {
    throw new NewContentError(`content/${schema.folder}/${sameSlug.file} already has the URL of "${cleanTitle}" (${slug}): choose another title.`)
  }

  const required = Object.entries(schema.fields).filter(([, field]) => field.required)
  const frontmatter: Record<string, unknown> = Object.fromEntries(required.map(([key, field]) => [key, starterValue(key, field, cleanTitle, today)]))
  // A note's title is its file name; say it only when the file name could not hold it.
  if (template.fileName === 'title' && name !== cleanTitle) frontmatter.title = cleanTitle
  Object.assign(frontmatter, template.extra?.(today))

  const optional = Object.keys(schema.fields).filter((key) => !(key in frontmatter))
  const yaml = Object.keys(frontmatter).length ? stringify(frontmatter, { lineWidth: 0 }) : ''
  const hint = `# Optional: ${optional.join(', ')} (see "Content format" in the README)\n`
  const text = `---\n${yaml}${hint}---\n${template.body(cleanTitle)}`
  return { file, slug, text, frontmatter }
}
