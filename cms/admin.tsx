/**
 * The content editor's page (/admin/): Decap CMS, bundled from npm by scripts/cms-bundle.ts, with
 * collection settings generated from content-schema/ (the same schemas the build validates).
 * Decap's core with only the backends and widgets those settings can name (decap-cms-app registers
 * every one Decap has, nearly doubling the bundle).
 */
import CMS, { type CmsBackendClass, type CmsWidgetParam } from 'decap-cms-core'
import { GiteaBackend } from 'decap-cms-backend-gitea'
import { GitHubBackend } from 'decap-cms-backend-github'
import { GitLabBackend } from 'decap-cms-backend-gitlab'
import { ProxyBackend } from 'decap-cms-backend-proxy'
import { en } from 'decap-cms-locales'
import BooleanWidget from 'decap-cms-widget-boolean'
import DatetimeWidget from 'decap-cms-widget-datetime'
import ListWidget from 'decap-cms-widget-list'
import MarkdownWidget from 'decap-cms-widget-markdown'
import NumberWidget from 'decap-cms-widget-number'
import ObjectWidget from 'decap-cms-widget-object'
import StringWidget from 'decap-cms-widget-string'
import TextWidget from 'decap-cms-widget-text'
import { documentSchemas } from '@/content-schema'
import { noteKeyAliases } from '@/content-schema/note'
import { EDITOR_FORMATS, GITHUB_TOKEN_BACKEND, toDecapConfig, toDecapPhrases, type DecapBackend, type DecapField } from '@/content-schema/decap'
import { readForEditor, writeFromEditor } from '@/lib/authoring/frontmatter-edit'
import type { AdminOptions } from '@/scripts/cms-bundle'
import { reloadOnEntryChange } from './entry-route-reload'
import { GitHubTokenBackend } from './github-token-backend'
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

// One entry per backend and widget content-schema/decap.ts can name: a name added there and not
// here fails type-checking, instead of an editor that cannot open a form.
const backends: Record<DecapBackend['name'], CmsBackendClass> = {
  github: GitHubBackend,
  [GITHUB_TOKEN_BACKEND]: GitHubTokenBackend,
  gitlab: GitLabBackend,
  gitea: GiteaBackend,
  proxy: ProxyBackend,
}
const widgets: Record<DecapField['widget'], { Widget: () => CmsWidgetParam }> = {
  string: StringWidget,
  text: TextWidget,
  number: NumberWidget,
  boolean: BooleanWidget,
  datetime: DatetimeWidget,
  list: ListWidget,
  object: ObjectWidget,
  markdown: MarkdownWidget,
}
for (const [name, backend] of Object.entries(backends)) CMS.registerBackend(name, backend)
for (const widget of Object.values(widgets)) CMS.registerWidget(widget.Widget())

// Saving rewrites only the keys that were edited (Decap's own format rewrites the whole YAML).
// Registered before init, which checks the collections' format. Decap calls toFile(data, fieldOrder).
for (const [kind, format] of Object.entries(EDITOR_FORMATS)) {
  const rule = { mode: CMS_OPTIONS.publishMode, ownFolder: kind === 'ownFolder' }
  // A vault's note names its keys as Obsidian lets it ("Created time", "Lifespan"): the form shows
  // them in their fields, as the build reads them (content-schema/note.ts).
  const fieldNames = kind === 'note' ? noteKeyAliases : undefined
  CMS.registerCustomFormat(format, 'md', {
    fromFile: (text: string) => readForEditor(text, rule, fieldNames),
    toFile: (data: Record<string, unknown>, order?: string[]) => writeFromEditor(data, order),
  })
}
// The backend the editor runs on: decap-server locally, the git host on the deployed site.
const backend = CMS.getBackend(CMS_OPTIONS.backend.name)
if (!backend) throw new Error(`Decap has no backend named ${CMS_OPTIONS.backend.name}`)
keepUploadNames(backend)

// The core holds no phrases of its own; English is the one the editor speaks, with the labels of
// what a save does laid over it. Decap reads its phrases when it renders, so this comes before init.
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
