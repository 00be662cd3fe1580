import type { PreviewTemplateComponentProps } from 'decap-cms-core'
import { MarkdownPreview } from './markdown-preview'

/** A note's preview: its title (else its file's name, as the site's) and its body, a single newline a line break as in Obsidian. */
export function NotePreview({ entry }: PreviewTemplateComponentProps) {
  const title = String(entry.getIn(['data', 'title']) ?? '') || String(entry.get('slug') ?? '').split('/').pop()
  const body = String(entry.getIn(['data', 'body']) ?? '')
  return (
    <main aria-label="Note preview" className="mx-auto max-w-3xl p-6">
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{title}</h1>
      <MarkdownPreview markdown={body} softBreaks />
    </main>
  )
}
