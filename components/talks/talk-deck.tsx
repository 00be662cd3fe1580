import { DeferredSlideViewer } from '@/components/slides/deferred-slide-viewer'
import type { Talk } from '@/lib/core/model'
import { slideChannel } from '@/lib/browser/slide-navigation'
import { absoluteUrl, routes, withBasePath } from '@/lib/core/urls'
import { SlideList } from '@/components/slides/slide-list'
import type { RenderedSlide } from '@/lib/pages/render'

export type TalkDeckProps = {
  talk: Talk
  slides: RenderedSlide[]
  /** The slide it opens at: a slide's own page opens at its slide. */
  initialSlide?: number
  /** In an embedded deck: no presenter view, no link per slide to copy (the page links the talk). */
  embedded?: boolean
}

/**
 * A talk's deck in the slide viewer, as its slide pages and its embed page show it, with
 * "Copy link to this slide" pointing at each slide's own page.
 */
export function TalkDeck({ talk, slides, initialSlide, embedded = false }: TalkDeckProps) {
  return (
    <DeferredSlideViewer
      total={slides.length}
      channel={slideChannel(talk.slug)}
      initialSlide={initialSlide}
      presenterHref={embedded ? undefined : withBasePath(routes.talkPresenter(talk.slug))}
      slideLink={embedded ? undefined : { talkUrl: absoluteUrl(talk.url), pages: talk.slides.length, title: talk.title }}
    >
      <SlideList slides={slides} initial={initialSlide} />
    </DeferredSlideViewer>
  )
}
