/**
 * contentlayer's output, as the build reads it: one JSON file per document type of content-schema/,
 * each every document of that type (the profile's, one document). contentlayer names a type's folder
 * by the schema's name, so the files are named from the schemas (DOCUMENT_TYPES), never by hand.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Frontmatter } from '../../core/frontmatter'
import { contentDocument, DOCUMENT_TYPES, type ContentDocument, type ContentDocuments } from './documents'

/** Where `contentlayer2 build` writes, in the project it runs in. */
export const GENERATED = path.join(process.cwd(), '.contentlayer', 'generated')

/** Each collection's JSON file, relative to GENERATED ("Talk/_index.json"). */
export const GENERATED_FILES = Object.fromEntries(
  Object.entries(DOCUMENT_TYPES).map(([collection, schema]) => [collection, `${schema.name}/_index.json`]),
) as Record<keyof ContentDocuments, string>

export const readGenerated = <T>(file: string, dir = GENERATED): T => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as T

/**
 * What the site reads of a generated document. contentlayer adds its own fields (`_id`, `_kind`,
 * the typed fields again, an empty `body.html`); they are left behind, so that a document from the
 * build is exactly the one `npm run dev` reads from its file (lib/content/source/documents.ts).
 * The `frontmatter` field is the schema's computed one (lib/content/source/contentlayer.ts).
 */
type GeneratedDocument = { _raw: { sourceFilePath: string }; frontmatter: Frontmatter; body: { raw: string } }

const toDocument = (doc: GeneratedDocument): ContentDocument => contentDocument(doc._raw.sourceFilePath, doc.frontmatter, doc.body.raw)

/** Every document contentlayer generated in `dir`, by collection. */
export function generatedDocuments(dir = GENERATED): ContentDocuments {
  const list = (file: string) => readGenerated<GeneratedDocument[]>(file, dir).map(toDocument)
  return {
    profile: toDocument(readGenerated<GeneratedDocument>(GENERATED_FILES.profile, dir)),
    talks: list(GENERATED_FILES.talks),
    caseStudies: list(GENERATED_FILES.caseStudies),
    notes: list(GENERATED_FILES.notes),
  }
}
