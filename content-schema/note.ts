import type { DocumentSchema } from './fields'

/**
 * Notes come straight from an Obsidian vault: any frontmatter, or none. The keys the site
 * understands are matched loosely (ignoring case, spaces, "-" and "_"); every other key is
 * kept and shown as one of the note's properties. See lib/content/readers/note-frontmatter.ts.
 */
export const noteSchema = {
  name: 'Note',
  kind: 'note',
  label: 'Notes',
  filePathPattern: 'notes/**/*.{md,mdx}',
  folder: 'notes',
  strict: false,
  fields: {
    title: { type: 'string', label: 'Title', hint: 'Defaults to the filename.' },
    created: { type: 'date', label: 'Created' },
    updated: { type: 'date', label: 'Updated' },
    stage: { type: 'string', label: 'Growth stage', hint: 'seedling, budding or evergreen' },
    lifespan: { type: 'string', label: 'Lifespan' },
    type: { type: 'string', label: 'Type' },
    tags: { type: 'strings', label: 'Tags' },
    aliases: { type: 'strings', label: 'Aliases' },
    publish: { type: 'boolean', label: 'Publish' },
    draft: { type: 'boolean', label: 'Draft' },
  },
} satisfies DocumentSchema

/** Obsidian's many names for the keys the site reads, normalized (see normalizeKey). */
export const noteKeyAliases = {
  title: ['title'],
  created: ['created', 'createdtime', 'date', 'createdat'],
  updated: ['updated', 'modified', 'lasteditedtime', 'lastedited', 'lastmod'],
  stage: ['stage', 'development', 'maturity'],
  lifespan: ['lifespan'],
  type: ['type'],
  tags: ['tags', 'tag'],
  aliases: ['aliases', 'alias'],
  publish: ['publish'],
  draft: ['draft'],
} as const satisfies Record<keyof typeof noteSchema.fields, readonly string[]>
