import { makeSource } from 'contentlayer2/source-files'
import { documentSchemas } from './content-schema'
import { PROFILE_FILE } from './lib/content/source/documents'
import { scanContentFiles, unparsableDocuments } from './lib/content/source/files'
import { contentDirPath, contentlayerExclude, skipBodyHtml, toDocumentType } from './lib/content/source/contentlayer'
import { getContentSource } from './lib/content/source/settings'

// The content folder's files as the site sorts them (lib/content/source/files.ts): contentlayer reads its
// documents only, each as the type the scan gave it. Obsidian's templates, canvases, drawings and
// Publish files, files of no known kind and frontmatter that is not YAML are not parsed here: the
// content report lists them as ignored, or refuses them in its own words (or warns, for a note
// that is not published).
const source = getContentSource()
const files = scanContentFiles(source.root, source.obsidianFolders)
// Documents whose YAML does not parse are the content check's to name (scripts/content-report.ts);
// the profile stays, as contentlayer needs its one profile (scripts/content-build.ts checks it first).
const unparsable = unparsableDocuments(source.root, files.documents).map((doc) => doc.path).filter((file) => file !== PROFILE_FILE)

export default makeSource({
  contentDirPath,
  contentDirExclude: contentlayerExclude(files, source.obsidianFolders, unparsable),
  documentTypes: documentSchemas.map((schema) => toDocumentType(schema, files)),
  // A lowercase `type:` key (Obsidian's "Type: Project") must stay a property, not pick the
  // document type.
  fieldOptions: { typeFieldName: '_kind' },
  // Notes keep any key; strict types' unknown keys are reported by lib/content/readers/validate.ts by name.
  onExtraFieldData: 'ignore',
  // Contentlayer skips bad documents and exits 0 by default: nothing may be skipped in silence.
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'fail',
  disableImportAliasWarning: true,
  // Bodies stay raw Markdown: nothing reads contentlayer's HTML (lib/content/source/contentlayer.ts).
  markdown: skipBodyHtml,
})
