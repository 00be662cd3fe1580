import { makeSource } from 'contentlayer2/source-files'
import { documentSchemas } from './content-schema'
import { scanContentFiles } from './lib/content-files'
import { contentDirPath, contentlayerExclude, skipBodyHtml, toDocumentType } from './lib/contentlayer-types'
import { getContentSource } from './lib/content-source'

// The content folder's files as the site sorts them (lib/content-files.ts): contentlayer reads its
// documents only, each as the type the scan gave it. Obsidian's templates, canvases, drawings and
// Publish files, and files of no known kind, are not parsed here, and the content report lists
// them as ignored or refuses them in its own words.
const source = getContentSource()
const files = scanContentFiles(source.root, source.obsidianFolders)

export default makeSource({
  contentDirPath,
  contentDirExclude: contentlayerExclude(files, source.obsidianFolders),
  documentTypes: documentSchemas.map((schema) => toDocumentType(schema, files)),
  // A lowercase `type:` key (Obsidian's "Type: Project") must stay a property, not pick the
  // document type.
  fieldOptions: { typeFieldName: '_kind' },
  // Notes keep any key; strict types' unknown keys are reported by lib/validate.ts by name.
  onExtraFieldData: 'ignore',
  // Contentlayer skips bad documents and exits 0 by default: nothing may be skipped in silence.
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'fail',
  disableImportAliasWarning: true,
  // Bodies stay raw Markdown: nothing reads contentlayer's HTML (lib/contentlayer-types.ts).
  markdown: skipBodyHtml,
})
