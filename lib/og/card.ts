import { readFileSync } from 'node:fs'
import { bytesHash, cacheKey, codeOf } from '../cache/files'
import { getProfile } from '../content'
import { siteConfig } from '../core/site-config'
import type { PublishedPage } from '../pages/published-pages'
import { ogRendererVersions, type OgCard } from './image'

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

// Everything besides the page that shapes an image: the template (lib/og/, the card and the
// modules it draws with) and the versions of the renderer, fonts and emoji.
const templateCode = codeOf(['lib/og'])
let template: unknown[] | undefined
const templateInputs = () => (template ??= [templateCode(), ogRendererVersions()])

/**
 * Everything that shapes a page's image, decided once: the route's build cache reuses an image only
 * when all of it matches, and the image's URL carries its hash (ogImageVersion), so a preview
 * cached by a chat app or a crawler is fetched anew when the image changes. A slide's picture
 * counts by its bytes, not just its name.
 */
export function ogImageInputs(page: PublishedPage): { card: OgCard; inputs: unknown[] } {
  const card = ogCardFor(page)
  const picture = card.image ? pictureHash(card.image) : undefined
  return { card, inputs: [templateInputs(), page, card, picture] }
}

function pictureHash(file: string): string | undefined {
  try {
    return bytesHash(readFileSync(file))
  } catch {
    return undefined // drawn without it (lib/og/image.tsx's loadPicture)
  }
}

/** A short hash of what a page's image shows: the `v` of its URL (lib/seo/preview-image.ts). */
export const ogImageVersion = (page: PublishedPage): string => cacheKey(ogImageInputs(page).inputs).slice(0, 12)
