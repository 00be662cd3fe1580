import { getProfile } from '../content'
import { siteConfig } from '../core/site-config'
import type { PublishedPage } from '../pages/published-pages'
import type { OgCard } from './image'

/** What a page's link-preview image shows: the route draws it, the content report checks its glyphs. */
export function ogCardFor(page: PublishedPage): OgCard {
  return {
    kicker: page.kicker,
    title: page.title,
    name: getProfile().name,
    detail: page.detail,
    themeColor: siteConfig.themeColor,
    ...(page.text ? { text: page.text } : {}),
    ...(page.image ? { image: page.image } : {}),
  }
}
