import { hasDeck, type Talk } from '../core/model'
import { siteConfig } from '../core/site-config'

/** The deck ends with the "Slides & sources" slide (siteConfig.shareSlide), which has no page of its own. */
export function hasShareSlide(talk: Pick<Talk, 'slides'>): boolean {
  return siteConfig.shareSlide && hasDeck(talk)
}

/**
 * How many slides a deck shows, the share slide included: it is a slide the audience sees and the
 * viewer steps to, so the viewer's "6 / 12" and a slide page's "Slide 6 of 12" both count it.
 */
export function deckLength(talk: Pick<Talk, 'slides'>): number {
  return talk.slides.length + (hasShareSlide(talk) ? 1 : 0)
}
