/**
 * contentlayer's document types, made from the schemas of content-schema/. It lives in lib/, not
 * beside the schemas, because it reads the content folder's setting and the frontmatter parser:
 * content-schema/ imports nothing from lib/ (content-schema/schemas.test.ts checks it).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  defineDocumentType,
  defineNestedType,
  type FieldDefs,
  type FieldDef,
} from 'contentlayer2/source-files'
import { contentDirExcludeDefault } from 'contentlayer2/source-files'
import type { ContentFiles } from './files'
import { CONTENT_DIR } from './settings'
import { splitFrontmatter } from '../../core/frontmatter'
import { escapeGlob, ignoreGlobs, type ObsidianFolders } from './obsidian-files'
import type { DocumentSchema, Field, Fields } from '../../../content-schema/fields'

/**
 * Contentlayer's Markdown step, emptied. By default it renders every body to HTML (`body.html`)
 * and writes it into the generated JSON, which every build worker then loads; nothing reads it:
 * the site renders bodies itself, per page, with wikilinks resolved (lib/pages/render.ts). A document
 * type without a body (`contentType: 'data'`) is not an option, as contentlayer refuses .md files
 * for it (FileExtensionMismatch), so the body stays, with `raw` only and an empty `html`.
 * The builder callback replaces contentlayer's remark/rehype pipeline (@contentlayer2/core,
 * markdown.js: "If the user has provided a unified builder callback, use it instead").
 */
export function skipBodyHtml(builder: { use: (plugin: () => void) => unknown }) {
  builder.use(function noHtml(this: { parser: unknown; compiler: unknown }) {
    this.parser = () => ({ type: 'root', children: [] })
    this.compiler = () => ''
  })
}

/** The content folder: content/, or CONTENT_DIR (lib/content/source/settings.ts). */
export const contentDirPath = CONTENT_DIR

// Contentlayer only types the data here. Required fields and dates are checked by
// lib/content/readers/validate.ts, which names the field's full path ("events[0].date") and reports a typo such as
// `tittle` next to the missing `title`; contentlayer would stop first with less precise messages.
const required = false

function toFieldDef(field: Field): FieldDef {
  switch (field.type) {
    case 'string':
    case 'text':
    case 'date':
      return { type: 'string', required, description: field.hint }
    case 'number':
    case 'boolean':
      return { type: field.type, required, description: field.hint }
    case 'strings':
      return { type: 'list', of: { type: 'string' }, required, description: field.hint }
    case 'list':
      return { type: 'list', of: nested(field.itemName, field.fields), required, description: field.hint }
    case 'object':
      return { type: 'nested', of: nested(field.objectName, field.fields), required, description: field.hint }
  }
}

function nested(name: string, fields: Fields) {
  return defineNestedType(() => ({ name, fields: toFieldDefs(fields) }))
}

function toFieldDefs(fields: Fields): FieldDefs {
  return Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, toFieldDef(field)]))
}

/**
 * One contentlayer document type per schema. Strict types declare their fields, so contentlayer
 * types them; loose ones (notes) declare none, because Obsidian's keys ("Created time") are
 * matched by lib/content/readers/note-frontmatter.ts instead. Every type also carries its raw frontmatter, so
 * lib/content/readers/validate.ts can name unknown keys and nested fields, which contentlayer drops or does
 * not check.
 */
export function toDocumentType(schema: DocumentSchema, files?: ContentFiles) {
  return defineDocumentType(() => ({
    name: schema.name,
    filePathPattern: files ? filePathPattern(schema, files) : schema.filePathPattern,
    contentType: 'markdown',
    isSingleton: schema.singleton ?? false,
    fields: schema.strict ? toFieldDefs(schema.fields) : {},
    computedFields: {
      frontmatter: {
        type: 'json',
        description: 'The frontmatter as written, for validation and Obsidian properties.',
        // Pure: reads only the document's own source file.
        resolve: (doc) =>
          splitFrontmatter(readFileSync(path.join(contentDirPath, doc._raw.sourceFilePath), 'utf8')).data,
      },
    },
  }))
}

/**
 * A type's files: its folder's, and in a vault the files outside the folders of kinds that the
 * content scan gave that kind (a note at the vault's root, a note that says `kind: talk`), each
 * named exactly, since contentlayer knows a type by a path's pattern only.
 */
export function filePathPattern(schema: DocumentSchema, files: ContentFiles): string {
  const named = Object.entries(files.kinds ?? {})
    .filter(([, kind]) => kind === schema.kind)
    .map(([file]) => escapeGlob(file))
  return named.length ? `{${schema.filePathPattern},${named.join(',')}}` : schema.filePathPattern
}

/**
 * What contentlayer must not read: every file it would read (Markdown, JSON, YAML) that is not a
 * document of the content scan (lib/content/source/files.ts), and the documents whose frontmatter does
 * not parse (`unparsable`, lib/content/source/files.ts, unparsableDocuments). It refuses a file it cannot type in its own
 * words, and stops on a template's `{{date}}`; the project names those files itself, in its own
 * `file: field` format (ignored ones in the report, unknown ones as errors).
 */
export function contentlayerExclude(files: ContentFiles, folders: ObsidianFolders, unparsable: readonly string[] = []): string[] {
  const notDocuments = [...files.unknown, ...files.ignored.flatMap((entry) => entry.files), ...unparsable].filter((file) => /\.mdx?$/i.test(file))
  return [...contentDirExcludeDefault, ...ignoreGlobs(folders), '**/*.{json,yaml,yml}', ...notDocuments.map(escapeGlob)]
}
