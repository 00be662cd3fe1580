/**
 * What every reader of lib/content/readers/ shares: the document it reads, what it answers, and the
 * fields that every page has. One reader per document type, named after its schema's file in
 * content-schema/; buildSite() (lib/content/site.ts) composes them.
 */
import { baseName, slugify } from '../../core/slug'
import { routes } from '../../core/urls'
import type { Frontmatter } from '../../core/frontmatter'
import type { ContentProblem } from './validate'
import type { PageKind, TagRef } from '../../core/model'

/** A content file as the site reads it: where it is, its frontmatter as written, its Markdown body. */
export type SourceDocument = {
  /** Relative to the project, as errors name it: "content/talks/x.md". */
  file: string
  frontmatter: Frontmatter
  body: string
}

/**
 * A document read as a page, with what is wrong with it (file and field). `warnings`: what the
 * report lists without stopping the build (a talk's PDF under public/ that cannot be read).
 */
export type Reading<P> = { page: P; problems: ContentProblem[]; warnings?: ContentProblem[] }
/**
 * A document the site does not publish, and why ("draft: true"), as the content report says it.
 * `warnings`: what is wrong with a note that is not published, which is none of the site's
 * business: listed by the report, never stopping the build.
 */
export type LeftOut = { leftOut: string; problems: ContentProblem[]; warnings?: ContentProblem[] }

/** A frontmatter value as text: trimmed, and undefined when it is not a string or is blank. */
export const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined)
/** The strings of a frontmatter list; anything else reads as an empty list. */
export const strList = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])

/** Tags by slug: "Elixir" and "elixir" are one tag, named as first written; a name with no slug is dropped. */
function toTags(names: string[]): TagRef[] {
  const seen = new Map<string, TagRef>()
  for (const name of names) {
    const slug = slugify(name)
    if (slug && !seen.has(slug)) seen.set(slug, { name, slug })
  }
  return [...seen.values()]
}

export type PageFields = {
  title: string
  description: string
  tags: string[]
  aliases: string[]
  /** The public Markdown: a talk's slides without their speaker notes. */
  body: string
}

/**
 * The fields every page has. The slug is the frontmatter's `slug` or the file's name; `fm` is the
 * frontmatter as the reader understood it (a talk's keys read under their own names).
 */
export function pageCommon<K extends PageKind>(doc: SourceDocument, kind: K, fields: PageFields, fm: Frontmatter = doc.frontmatter) {
  const slug = str(fm.slug) ?? slugify(baseName(doc.file))
  const url = kind === 'talk' ? routes.talk(slug) : kind === 'case-study' ? routes.caseStudy(slug) : routes.note(slug)
  return { ...fields, kind, file: doc.file, slug, url, tags: toTags(fields.tags), isMdx: doc.file.endsWith('.mdx') }
}
