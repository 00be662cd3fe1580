import Link from 'next/link'
import { PageHeader } from '@/components/site/page-header'
import type { SlidePageData } from '@/lib/pages/slide-pages'
import { routes } from '@/lib/core/urls'
import type { RenderedSlide } from '@/lib/pages/render'
import { TalkDeck } from './talk-deck'
import { TalkEvents } from './talk-events'
import { TalkSources } from './talk-sources'

export type SlidePageProps = { slide: SlidePageData; slides: RenderedSlide[] }

/**
 * One slide of a talk as a page of its own: the deck open at that slide, then the
 * talk's sources and where it was given, and the way to the whole talk and the slides around.
 */
export function SlidePage({ slide, slides }: SlidePageProps) {
  const { talk, number, total } = slide
  const linkClass = 'font-semibold text-brand-700 underline-offset-4 hover:underline dark:text-brand-300'
  return (
    <article>
      <PageHeader
        eyebrow={
          <>
            Slide {number} of {total} ·{' '}
            <Link href={talk.url} className="underline underline-offset-4">
              {talk.title}
            </Link>
          </>
        }
        title={slide.heading ?? `Slide ${number}`}
      />

      <section aria-labelledby="section-slides-heading">
        <h2 id="section-slides-heading" className="sr-only">
          Slides
        </h2>
        <TalkDeck talk={talk} slides={slides} initialSlide={number} />
      </section>

      <nav aria-label="More of this talk" className="mt-8 flex flex-wrap items-center gap-x-6 gap-y-2">
        <Link href={talk.url} className={linkClass}>
          The whole talk: {talk.title}
        </Link>
        {number > 1 && (
          <Link href={routes.talkSlide(talk.slug, number - 1)} rel="prev" className={linkClass}>
            ← Slide {number - 1}
          </Link>
        )}
        {number < talk.slides.length && (
          <Link href={routes.talkSlide(talk.slug, number + 1)} rel="next" className={linkClass}>
            Slide {number + 1} →
          </Link>
        )}
      </nav>

      {talk.sources.length > 0 && <TalkSources sources={talk.sources} />}
      {talk.events.length > 0 && <TalkEvents slug={talk.slug} events={talk.events} />}
    </article>
  )
}
