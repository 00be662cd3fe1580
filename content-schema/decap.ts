import type { DocumentSchema, Field, Fields, StringFormat } from './fields'

/**
 * The CMS's collection settings, derived from the same schemas as contentlayer's types and the
 * build's validation (lib/content/readers/validate.ts): a field added to a content type shows up in the editor.
 * Pure data, so it is unit-tested without a browser; cms/admin.tsx hands it to CMS.init.
 * Decap's settings: https://decapcms.org/docs/configuration-options/
 */

/** The subset of Decap's field settings that the schemas need. */
export type DecapField = {
  name: string
  label: string
  widget: 'string' | 'text' | 'datetime' | 'number' | 'boolean' | 'list' | 'object' | 'markdown'
  required?: boolean
  default?: boolean
  hint?: string
  pattern?: [string, string]
  fields?: DecapField[]
  collapsed?: boolean
  summary?: string
  // datetime
  format?: string
  date_format?: string
  time_format?: boolean
  // number
  value_type?: 'int' | 'float'
  // markdown
  modes?: Array<'raw' | 'rich_text'>
}

export type DecapCollection = {
  name: string
  label: string
  label_singular?: string
  description?: string
  format: EditorFormat
  create?: boolean
  delete?: boolean
  folder?: string
  extension?: 'md' | 'mdx'
  slug?: string
  identifier_field?: string
  summary?: string
  /** Entries in sub-folders, shown as a tree: https://decapcms.org/docs/collection-nested/ */
  nested?: { depth: number; subfolders: boolean }
  files?: Array<{ name: string; label: string; file: string; fields: DecapField[] }>
  fields?: DecapField[]
}

/**
 * GitHub signed in with a personal access token (cms/github-token-backend.tsx registers it): no
 * OAuth service needed. `github` signs in through an OAuth service at `base_url`.
 */
export const GITHUB_TOKEN_BACKEND = 'github-token'

export type DecapBackend =
  | {
      name: 'github' | typeof GITHUB_TOKEN_BACKEND | 'gitlab' | 'gitea'
      repo: string
      branch?: string
      base_url?: string
      api_root?: string
      /** The OAuth application's id: GitLab's PKCE sign-in and Gitea's. */
      app_id?: string
      auth_type?: 'pkce'
    }
  | { name: 'proxy'; proxy_url: string }

export type DecapConfig = {
  backend: DecapBackend
  local_backend?: boolean | { url: string }
  load_config_file: false
  media_folder: string
  public_folder: string
  omit_empty_optional_fields: boolean
  collections: DecapCollection[]
}

/**
 * The editor's check of each string format, matching lib/content/readers/validate.ts's (content-schema/decap.test.ts
 * holds both to the same samples). Decap tests a `pattern` only on a non-empty value.
 */
export const formatPatterns: Record<StringFormat, [string, string]> = {
  url: ['^https?://[^\\s/$.?#][^\\s]*$', 'Must be an http(s) URL, such as https://example.com'],
  'url-or-path': [
    '^(https?://[^\\s/$.?#][^\\s]*|/(?!/)[^\\s]*)$',
    'Must be an http(s) URL or a path under public/ starting with "/"',
  ],
  'url-path-or-pdf': [
    '^(https?://[^\\s/$.?#][^\\s]*|/(?!/)[^\\s]*|\\[\\[[^[\\]|#]+\\.[pP][dD][fF]\\]\\]|(?![a-zA-Z][a-zA-Z0-9+.-]*:)[^/[\\]|#][^[\\]|#]*\\.[pP][dD][fF])$',
    'Must be an http(s) URL, a path under public/ starting with "/", or a PDF of the content folder ("deck.pdf", "[[deck.pdf]]")',
  ],
  twitter: ['^(@\\w{1,15}|https?://(www\\.)?(twitter|x)\\.com/[^\\s]*)$', 'Must be a twitter.com or x.com URL, or "@handle"'],
  email: ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', 'Must be an email address'],
  'email-or-url': [
    '^([^\\s@]+@[^\\s@]+\\.[^\\s@]+|https?://[^\\s/$.?#][^\\s]*)$',
    'Must be an email address or an http(s) URL',
  ],
  slug: ['^[a-z0-9]+(-[a-z0-9]+)*$', 'Lowercase letters, digits and dashes only'],
}

/** Dates are written as the content format has them: 2023-12-07, no time, no time zone. */
const DATE_FORMAT = 'YYYY-MM-DD'

function toDecapField(name: string, field: Field): DecapField {
  const base = {
    name,
    label: field.label,
    // Decap treats every field as required unless told otherwise.
    required: field.required ?? false,
    ...(field.hint ? { hint: field.hint } : {}),
  }
  switch (field.type) {
    case 'string':
      return { ...base, widget: 'string', ...(field.format ? { pattern: formatPatterns[field.format] } : {}) }
    case 'text':
      return { ...base, widget: 'text' }
    case 'date':
      return { ...base, widget: 'datetime', format: DATE_FORMAT, date_format: DATE_FORMAT, time_format: false }
    case 'number':
      return { ...base, widget: 'number', value_type: 'float' }
    case 'boolean':
      return { ...base, widget: 'boolean', ...(field.default === undefined ? {} : { default: field.default }) }
    case 'strings':
      // A list without fields is Decap's list of strings (one comma-separated input).
      return { ...base, widget: 'list' }
    case 'list': {
      const first = Object.keys(field.fields)[0]
      return {
        ...base,
        widget: 'list',
        collapsed: false,
        ...(first ? { summary: `{{fields.${first}}}` } : {}),
        fields: toDecapFields(field.fields),
      }
    }
    case 'object':
      return { ...base, widget: 'object', collapsed: false, fields: toDecapFields(field.fields) }
  }
}

export function toDecapFields(fields: Fields): DecapField[] {
  return Object.entries(fields).map(([name, field]) => toDecapField(name, field))
}

/**
 * Bodies are edited as raw Markdown: Decap's rich-text mode rewrites Markdown (a slide separator
 * `---` comes back as `- - -`), which would damage decks, `Note:` lines, MDX and [[wikilinks]].
 */
const bodyField: DecapField = {
  name: 'body',
  label: 'Body',
  widget: 'markdown',
  modes: ['raw'],
  required: false,
  hint: 'Markdown. In a talk: a line with only --- starts a slide, a line Note: starts its speaker notes.',
}

/**
 * The formats the collections are read and written with: cms/admin.tsx registers them
 * (lib/authoring/frontmatter-edit.ts). Decap's own `frontmatter` format re-serialises the whole YAML on save
 * (`[a, b]` becomes a block list); these rewrite only the keys that were edited. They differ only in
 * which entries they mark private: a note follows the publish mode, a file in its own folder does not.
 */
export const EDITOR_FORMATS = { ownFolder: 'frontmatter-kept', note: 'frontmatter-kept-note' } as const
export type EditorFormat = (typeof EDITOR_FORMATS)[keyof typeof EDITOR_FORMATS]

/**
 * The key the editor's format gives an entry no page is built from ("Draft: ", "Private: "; set by
 * lib/authoring/frontmatter-edit.ts, never written out), shown before its name in the lists.
 */
export const STATUS_KEY = '__status'
const STATUS = `{{${STATUS_KEY}}}`

/** How deep the editor looks into sub-folders (notes/Speaking/x.md is 2). */
const NESTED_DEPTH = 100

/**
 * The collections of one schema: the profile as a file; every other type as two folder
 * collections, one for its .md files and one for its .mdx files. Decap finds an entry's file from
 * its slug plus the collection's one `extension`, so one collection cannot hold both (a `filter`
 * only narrows what that extension listed).
 */
export function toDecapCollections(schema: DocumentSchema, contentDir = 'content'): DecapCollection[] {
  const fields = [...toDecapFields(schema.fields), bodyField]
  if (schema.singleton) {
    const name = schema.name.toLowerCase()
    return [
      {
        name,
        label: schema.label,
        format: EDITOR_FORMATS.ownFolder,
        delete: false,
        files: [{ name, label: schema.label, file: `${contentDir}/${schema.filePathPattern}`, fields }],
      },
    ]
  }
  // The build reads sub-folders (talks/**/*.md), so the editor lists them too.
  const nested = schema.filePathPattern.includes('**/')
  const titleRequired = Boolean((schema.fields as Fields).title?.required)
  return (['md', 'mdx'] as const).map((extension) => ({
    name: extension === 'md' ? schema.folder : `${schema.folder}-mdx`,
    label: extension === 'md' ? schema.label : `${schema.label} (MDX)`,
    format: schema.kind === 'note' ? EDITOR_FORMATS.note : EDITOR_FORMATS.ownFolder,
    folder: `${contentDir}/${schema.folder}`,
    extension,
    create: true,
    identifier_field: 'title',
    slug: '{{slug}}',
    // Listed by file name where the title is optional (notes, named by Obsidian after their title):
    // a note without a title would otherwise be an empty card.
    summary: `${STATUS}{{${titleRequired ? 'title' : 'filename'}}}`,
    ...(schema.strict ? {} : { description: 'Properties the editor does not show (Owner, rating, ...) are kept as they are.' }),
    // subfolders: false lists every file of a folder, not only its index file. No `meta.path`
    // (the field that moves an entry): Decap refuses a folder name that is not already a slug
    // ("Talk prep" is not "Talk-prep"), so notes in such folders could not be saved at all.
    ...(nested ? { nested: { depth: NESTED_DEPTH, subfolders: false } } : {}),
    fields,
  }))
}

export type DecapConfigOptions = {
  backend: DecapBackend
  /** Local editing through decap-server; its URL (http://127.0.0.1:8081/api/v1 by default). */
  localBackendUrl?: string
  contentDir?: string
}

export function toDecapConfig(schemas: readonly DocumentSchema[], options: DecapConfigOptions): DecapConfig {
  const contentDir = options.contentDir ?? 'content'
  return {
    backend: options.backend,
    ...(options.localBackendUrl ? { local_backend: { url: options.localBackendUrl } } : {}),
    load_config_file: false,
    // Uploads go where Obsidian keeps a vault's attachments; a page shows one with ![[name.png]]
    // (found by name anywhere under content/), and the build publishes the files pages embed.
    media_folder: `${contentDir}/notes/attachments`,
    public_folder: 'attachments',
    // An optional field left empty is left out of the file, rather than written as `video: ''`.
    omit_empty_optional_fields: true,
    collections: schemas.flatMap((schema) => toDecapCollections(schema, contentDir)),
  }
}

/** The phrases of Decap's English locale that say what saving does, in its own nesting. */
export type DecapPhrases = {
  editor: { editorToolbar: Record<string, string> }
  ui: { toast: Record<string, string> }
}

/**
 * What the editor's save controls say, by backend: locally a save writes a file and nothing else
 * ("Save"); on the deployed site it is a commit to the repository, which rebuilds and publishes the
 * site ("Save and publish"). Decap's own words ("Publish", "Publish now", "Published") say neither.
 * cms/admin.tsx lays them over Decap's `en` locale.
 */
export function toDecapPhrases(backend: DecapBackend): DecapPhrases {
  if (backend.name === 'proxy') {
    return {
      editor: {
        editorToolbar: {
          publish: 'Save',
          publishNow: 'Save now',
          publishing: 'Saving…',
          published: 'Saved',
          publishAndCreateNew: 'Save and create new',
          publishAndDuplicate: 'Save and duplicate',
        },
      },
      ui: { toast: { entrySaved: 'Saved', onFailToPersist: 'Not saved: %{details}' } },
    }
  }
  const commit = `a commit to ${backend.repo}${backend.branch ? ` (${backend.branch})` : ''}`
  return {
    editor: {
      editorToolbar: {
        publish: 'Save and publish',
        publishNow: `Save and publish: ${commit}`,
        publishing: 'Committing…',
        // What the button shows for an entry with nothing to save; short, so the toolbar's
        // "Delete entry" still fits a 390 px phone. The toast after a save names the commit.
        published: 'Saved',
        publishAndCreateNew: 'Save and publish, then create new',
        publishAndDuplicate: 'Save and publish, then duplicate',
      },
    },
    ui: {
      toast: {
        entrySaved: `Saved as ${commit}: the site rebuilds and publishes it in a few minutes`,
        onFailToPersist: 'Not saved, nothing was committed: %{details}',
      },
    },
  }
}
