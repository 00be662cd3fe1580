import { Prose } from '@/components/site/prose'
import type { RenderedSlide } from '@/lib/pages/render'

export type SlideListProps = {
  slides: RenderedSlide[]
  /** false for a second copy of the deck (the presenter view), so #slide-N ids stay unique. */
  anchors?: boolean
  /** The slide shown before the viewer's script runs (a slide's own page); the first by default. */
  initial?: number
}

/**
 * Every slide of the deck, in order, as plain HTML: readable without JavaScript, by search
 * engines and screen readers, and printable. Speaker notes are never part of it.
 */
export function SlideList({ slides, anchors = true, initial }: SlideListProps) {
  return (
    <ol className="flex flex-col gap-6" aria-label="Slides">
      {slides.map((slide, index) => (
        <li
          key={slide.number}
          id={anchors ? `slide-${slide.number}` : undefined}
          // By position, as the viewer counts slides (and /slides/<n>/ names them).
          data-initial={initial !== undefined && initial > 1 && index + 1 === initial ? '' : undefined}
          className="slide relative scroll-mt-6 overflow-hidden rounded-2xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
        >
          {/* aspect-ratio without overflow: a slide keeps 16:9 but grows rather than clip its content */}
          <div className="flex aspect-video flex-col justify-center px-6 py-8 sm:px-12">
            <Prose
              body={slide.body}
              className="sm:prose-lg prose-h3:mt-0 prose-h3:text-2xl sm:prose-h3:text-4xl prose-h3:tracking-tight prose-h4:mt-0 prose-h4:text-xl sm:prose-h4:text-3xl prose-img:mx-auto prose-img:max-h-72"
            />
          </div>
          {anchors ? (
            <a
              href={`#slide-${slide.number}`}
              className="absolute right-3 bottom-2 text-xs tabular-nums text-zinc-500 hover:text-brand-600 dark:text-zinc-400"
              aria-label={`Link to slide ${slide.number} of ${slides.length}`}
            >
              {slide.number} / {slides.length}
            </a>
          ) : (
            <span className="absolute right-3 bottom-2 text-xs tabular-nums text-zinc-500 dark:text-zinc-400">
              {slide.number} / {slides.length}
            </span>
          )}
        </li>
      ))}
    </ol>
  )
}
