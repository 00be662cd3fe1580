/**
 * A slide of a PDF deck as HTML: the page's image as a responsive <picture> (AVIF, then WebP, at
 * each width drawn), the page's text as its text alternative, and the page's links as <a> boxes
 * over the places the PDF put them, so they stay clickable on their slide.
 */
import type { PdfImage, PdfSlidePage } from '../core/model'
import { escapeHtml } from '../core/escape'
import { routes, withBasePath } from '../core/urls'

/**
 * The slides whose images load with the page: the first, on screen when it opens, and the next, one
 * click away. The others load when shown (loading="lazy"; a hidden slide is not in view).
 */
export const EAGER_PDF_SLIDES = 2

/** The widths the deck takes: the whole column on a phone, at most the page's 64rem on a wide screen. */
const SIZES = '(min-width: 64rem) 64rem, 100vw'

// Only links a reader can follow from a page: pdf.js reads no others, and none of script.
const FOLLOWABLE = /^(https?:|mailto:)/i

const percent = (fraction: number) => `${Math.round(fraction * 100_000) / 1000}%`

/** The page's text as one line for its image's alternative; a page without text says so. */
export function pdfSlideAlt(page: PdfSlidePage, number: number): string {
  const text = page.text.split('\n').join(' ')
  return text || `Slide ${number}: an image without text.`
}

export function pdfSlideHtml(page: PdfSlidePage, number: number): string {
  const src = (image: PdfImage) => withBasePath(routes.slideImage(page.deck, image.file))
  const srcset = (format: PdfImage['format']) =>
    page.images.filter((image) => image.format === format).map((image) => `${src(image)} ${image.width}w`).join(', ')
  const fallback = page.images.filter((image) => image.format === 'webp').at(-1) ?? page.images.at(-1)!
  const eager = number <= EAGER_PDF_SLIDES
  const sources = (['avif', 'webp'] as const).map((format) => `<source type="image/${format}" srcset="${srcset(format)}" sizes="${SIZES}">`)
  const img =
    `<img src="${src(fallback)}" width="${fallback.width}" height="${fallback.height}" alt="${escapeHtml(pdfSlideAlt(page, number))}"` +
    ` loading="${eager ? 'eager' : 'lazy'}" decoding="async"${number === 1 ? ' fetchpriority="high"' : ''}>`
  const links = page.links
    .filter((link) => FOLLOWABLE.test(link.url))
    .map(
      (link) =>
        `<a class="pdf-slide-link" href="${escapeHtml(link.url)}" title="${escapeHtml(link.url)}"` +
        ` style="left:${percent(link.x)};top:${percent(link.y)};width:${percent(link.width)};height:${percent(link.height)}">` +
        `<span class="sr-only">${escapeHtml(link.url)}</span></a>`,
    )
  // not-prose: the typography plugin's margins around pictures would push the page off its slide.
  return `<div class="pdf-slide not-prose"><picture>${sources.join('')}${img}</picture>${links.join('')}</div>`
}
