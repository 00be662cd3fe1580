/**
 * A small, neutral description of frontmatter fields. It is the one schema of the site:
 * contentlayer's document types, the build's validation (lib/content/readers/validate.ts) and, later, the
 * CMS's collection settings are all derived from it, so a field is never written twice.
 */
export type StringFormat =
  | 'url' // an absolute http(s) URL
  | 'url-or-path' // an absolute http(s) URL or a path under public/ ("/slides/deck.pdf")
  | 'url-path-or-pdf' // the above, or a PDF of the content folder: "deck.pdf", "../decks/deck.pdf", "[[deck.pdf]]"
  | 'twitter' // a twitter.com / x.com URL, or "@handle"
  | 'email'
  | 'email-or-url' // an email address or an absolute http(s) URL (a contact: a mailbox or a form)
  | 'slug' // lowercase letters, digits and dashes

type FieldBase = {
  label: string
  hint?: string
  required?: boolean
}

export type Field =
  | (FieldBase & { type: 'string'; format?: StringFormat })
  | (FieldBase & { type: 'text' })
  | (FieldBase & { type: 'date' })
  | (FieldBase & { type: 'number' })
  | (FieldBase & { type: 'boolean'; /** What the editor sets in a new file. */ default?: boolean })
  | (FieldBase & { type: 'strings' })
  | (FieldBase & { type: 'list'; itemName: string; fields: Fields })
  | (FieldBase & { type: 'object'; objectName: string; fields: Fields })

export type Fields = Record<string, Field>

/** What a document is to the site: where its file lies says it, or in a vault its properties (README, "A vault as it is"). */
export type DocumentKind = 'profile' | 'talk' | 'case-study' | 'note'

export type DocumentSchema = {
  /** Document type name, as contentlayer and the site call it (contentlayer's folder in .contentlayer/generated/). */
  name: string
  kind: DocumentKind
  label: string
  /** Glob, relative to content/. */
  filePathPattern: string
  /** Folder under content/ the CMS writes to. */
  folder: string
  singleton?: boolean
  /**
   * Strict types refuse keys they do not know (a typo such as `tittle` stops the build).
   * Notes are not strict: Obsidian properties of any name are kept and shown.
   */
  strict: boolean
  fields: Fields
}

/** Fields every published page shares. */
export const pageFields = {
  title: { type: 'string', label: 'Title', required: true },
  description: {
    type: 'text',
    label: 'Description',
    hint: 'One or two sentences: meta description, link previews and lists.',
    required: true,
  },
  date: { type: 'date', label: 'Date', required: true },
  slug: {
    type: 'string',
    format: 'slug',
    label: 'Slug',
    hint: 'Optional: the URL segment. Defaults to the filename, slugified.',
  },
  tags: { type: 'strings', label: 'Tags' },
  aliases: { type: 'strings', label: 'Aliases', hint: 'Other names that [[wikilinks]] may use.' },
  draft: { type: 'boolean', label: 'Draft', hint: 'Drafts are built nowhere.' },
} satisfies Fields
