import type { PreviewTemplateComponentProps } from 'decap-cms-core'
import { splitSlides } from '@/lib/markdown/slides'
import { MarkdownPreview } from './markdown-preview'

const slideStyle = {
  aspectRatio: '16 / 9',
  border: '1px solid #d4d4d8',
  borderRadius: 8,
  padding: '24px 32px',
  margin: '0 0 24px',
  overflow: 'auto',
  fontFamily: 'system-ui, sans-serif',
} as const

/**
 * A talk's preview: its body cut into slides exactly as the site cuts it (lib/markdown/slides.ts).
 * Speaker notes are not shown, as on the site; only their presence is, so a slide's notes
 * are not mistaken for lost.
 */
export function SlidesPreview({ entry }: PreviewTemplateComponentProps) {
  const title = String(entry.getIn(['data', 'title']) ?? '')
  const body = String(entry.getIn(['data', 'body']) ?? '')
  const slides = splitSlides(body).filter((slide) => slide.markdown.trim() !== '')
  return (
    <main aria-label="Slides preview" className="mx-auto max-w-3xl p-6">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mb-6 text-sm text-zinc-500">{slides.length === 1 ? '1 slide' : `${slides.length} slides`}</p>
      {slides.map((slide) => (
        <section key={slide.number} aria-label={`Slide ${slide.number}`} style={slideStyle}>
          <MarkdownPreview markdown={slide.markdown} />
          {slide.notes.trim() ? <p style={{ color: '#71717a' }}>(speaker notes: private, never published)</p> : null}
        </section>
      ))}
    </main>
  )
}
