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
import { EDITOR_FORMAT, GITHUB_TOKEN_BACKEND, toDecapConfig, type DecapBackend, type DecapConfigOptions, type DecapField } from '@/content-schema/decap'
import { readForEditor, writeFromEditor } from '@/lib/authoring/frontmatter-edit'
import { GitHubTokenBackend } from './github-token-backend'
import { SlidesPreview } from './slides-preview'

// Replaced at bundle time: the backend (decap-server locally, GitHub/GitLab/Gitea in production).
declare const CMS_OPTIONS: DecapConfigOptions

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
// The core holds no phrases of its own; English is the one the editor speaks.
CMS.registerLocale('en', en)

// Saving rewrites only the keys that were edited (Decap's own format rewrites the whole YAML).
// Registered before init, which checks the collections' format. Decap calls toFile(data, fieldOrder).
CMS.registerCustomFormat(EDITOR_FORMAT, 'md', {
  fromFile: (text: string) => readForEditor(text),
  toFile: (data: Record<string, unknown>, order?: string[]) => writeFromEditor(data, order),
})
CMS.init({ config: toDecapConfig(documentSchemas, CMS_OPTIONS) as never })
CMS.registerPreviewTemplate('talks', SlidesPreview)
CMS.registerPreviewTemplate('talks-mdx', SlidesPreview)
