import { contentDirExcludeDefault, makeSource } from 'contentlayer2/source-files'
import { documentSchemas } from './content-schema'
import { contentDirPath, skipBodyHtml, toDocumentType } from './lib/contentlayer-types'
import { getContentSource } from './lib/content-source'
import { ignoreGlobs } from './lib/obsidian-files'

export default makeSource({
  contentDirPath,
  // Obsidian's templates, canvases and drawings are not content: not parsed (a template's
  // `{{date}}` is not YAML), and listed by the content report as ignored (lib/obsidian-files.ts).
  contentDirExclude: [...contentDirExcludeDefault, ...ignoreGlobs(getContentSource().obsidianFolders)],
  documentTypes: documentSchemas.map(toDocumentType),
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
