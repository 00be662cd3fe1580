/**
 * The site from the documents of either reader: contentlayer's output in a build
 * (lib/content/source/generated.ts), or the content files themselves in `npm run dev`
 * (lib/content/source/documents.ts). Both give the same ContentDocuments, so both give one site.
 */
import { existsSync } from 'node:fs'
import type { ContentDocument, ContentDocuments } from './source/documents'
import { scanContentFiles } from './source/files'
import { contentFile, type ContentSource } from './source/settings'
import { stripComments } from '../markdown/obsidian/comments'
import type { BodyScanner } from '../markdown'
import { RESERVED_PATHS } from '../core/reserved-paths'
import { buildSite, type Site, type SourceDocument } from './site'

// Every body enters the site here, so Obsidian's %%comments%% leave it here, once: nothing after
// (scans, trees, pages, feeds, search, previews, slides) sees them.
export const sourceDocument = (doc: ContentDocument): SourceDocument => ({
  file: contentFile(doc._raw.sourceFilePath),
  frontmatter: doc.frontmatter,
  body: stripComments(doc.body.raw),
})

/** The site of `documents`, read from the content folder of `source`; `scan` parses a body (scanBody, or a cache of it). */
export function siteOfDocuments(documents: ContentDocuments, source: ContentSource, scan: BodyScanner): Site {
  return buildSite(
    {
      profile: sourceDocument(documents.profile),
      talks: documents.talks.map(sourceDocument),
      caseStudies: documents.caseStudies.map(sourceDocument),
      notes: documents.notes.map(sourceDocument),
    },
    {
      files: scanContentFiles(source.root, source.obsidianFolders),
      publish: source.publish,
      publicFileExists: existsSync,
      scan,
      reservedPaths: RESERVED_PATHS,
    },
  )
}
