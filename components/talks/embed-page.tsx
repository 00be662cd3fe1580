import type { Talk } from '@/lib/core/model'
import { linksOpenOutside } from '@/lib/talks/oembed'
import { absoluteUrl } from '@/lib/core/urls'
import type { RenderedSlide } from '@/lib/pages/render'
import { TalkDeck } from './talk-deck'
import './embed-page.css'

export type EmbedPageProps = { talk: Talk; slides: RenderedSlide[]; speaker: string }

/**
 * A talk's deck for other sites' iframes: only the deck, its controls and a link back
 * to the talk page, which opens outside the frame, as every link in it does.
 */
export function EmbedPage({ talk, slides, speaker }: EmbedPageProps) {
  const outside = slides.map((slide) =>
    slide.body.kind === 'html' ? { ...slide, body: { kind: 'html' as const, html: linksOpenOutside(slide.body.html) } } : slide,
  )
  return (
    <article data-embed-page>
      <h1 className="sr-only">{talk.title}</h1>
      <section aria-labelledby="section-slides-heading">
        <h2 id="section-slides-heading" className="sr-only">
          Slides
        </h2>
        <TalkDeck talk={talk} slides={outside} embedded />
      </section>
      <p className="mt-2 truncate text-sm text-zinc-600 dark:text-zinc-300">
        <a href={absoluteUrl(talk.url)} target="_blank" className="font-semibold text-brand-700 underline-offset-4 hover:underline dark:text-brand-300">
          {talk.title}
        </a>{' '}
        · slides and sources by {speaker}
      </p>
    </article>
  )
}
