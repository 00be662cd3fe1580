/**
 * The content editor's page (/admin/): Decap CMS, bundled from npm by scripts/cms-bundle.ts, with
 * collection settings generated from content-schema/ (the same schemas the build validates).
 */
import CMS from 'decap-cms-app'
import { documentSchemas } from '@/content-schema'
import { EDITOR_FORMATS, toDecapConfig, toDecapPhrases } from '@/content-schema/decap'
import { readForEditor, writeFromEditor } from '@/lib/authoring/frontmatter-edit'
import type { AdminOptions } from '@/scripts/cms-bundle'
import { reloadOnEntryChange } from './entry-route-reload'
import { keepUploadNames } from './keep-upload-names'
import { showUncaughtErrors } from './show-uncaught-errors'
import { NotePreview } from './note-preview'
import { fitPhoneWidth } from './phone-width'
import { SlidesPreview } from './slides-preview'

// Replaced at bundle time: the backend (decap-server locally, GitHub/GitLab/Gitea in production).
declare const CMS_OPTIONS: AdminOptions

showUncaughtErrors()
reloadOnEntryChange()
fitPhoneWidth()

// Saving rewrites only the keys that were edited (Decap's own format rewrites the whole YAML).
// Registered before init, which checks the collections' format. Decap calls toFile(data, fieldOrder).
for (const [kind, format] of Object.entries(EDITOR_FORMATS)) {
  const rule = { mode: CMS_OPTIONS.publishMode, ownFolder: kind === 'ownFolder' }
  CMS.registerCustomFormat(format, 'md', {
    fromFile: (text: string) => readForEditor(text, rule),
    toFile: (data: Record<string, unknown>, order?: string[]) => writeFromEditor(data, order),
  })
}
// The backend the editor runs on: decap-server locally, the git host on the deployed site.
const backend = CMS.getBackend(CMS_OPTIONS.backend.name)
if (!backend) throw new Error(`Decap has no backend named ${CMS_OPTIONS.backend.name}`)
keepUploadNames(backend)

// Decap reads its phrases when it renders, so they are laid over its English locale before init.
const en = CMS.getLocale('en')
const phrases = toDecapPhrases(CMS_OPTIONS.backend)
CMS.registerLocale('en', {
  ...en,
  editor: { ...en.editor, editorToolbar: { ...en.editor.editorToolbar, ...phrases.editor.editorToolbar } },
  ui: { ...en.ui, toast: { ...en.ui.toast, ...phrases.ui.toast } },
})
CMS.init({ config: toDecapConfig(documentSchemas, CMS_OPTIONS) as never })
// Previews follow the site's Markdown rules and wear its stylesheet (written beside the script).
CMS.registerPreviewStyle(new URL('preview.css', document.baseURI).href)
CMS.registerPreviewTemplate('talks', SlidesPreview)
CMS.registerPreviewTemplate('talks-mdx', SlidesPreview)
CMS.registerPreviewTemplate('notes', NotePreview)
CMS.registerPreviewTemplate('notes-mdx', NotePreview)
