import { evaluate } from '@mdx-js/mdx'
import type { Element, Root as HastRoot } from 'hast'
import { visit } from 'unist-util-visit'
import type { MDXContent } from 'mdx/types'
import * as runtime from 'react/jsx-runtime'
import rehypeSlug from 'rehype-slug'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import { getProfileFile, resolveImage, resolveWikiLink } from '../content'
import { type Page, type PublicSlide, type Talk } from '../core/model'
import { cacheFolder, codeOf } from '../cache/files'
import { escapeHtml } from '../core/escape'
import { isProductionBuild } from '../core/run-mode'
import { imageSrcSet } from '../markdown/image-variants'
import { readImageSize } from '../markdown/images'
import { renderMarkdown } from '../markdown'
import { remarkObsidian, type ImageInfo, type LinkTarget, type MarkdownOptions } from '../markdown/rules'
import { rehypeBlockIds, remarkBlockIds } from '../markdown/obsidian/block-ids'
import { rehypeCalloutIcons, remarkCallouts } from '../markdown/obsidian/callouts'
import { remarkHighlights } from '../markdown/obsidian/highlights'
import { hasMath, rehypeMath } from '../markdown/katex'
import { remarkObsidianMath } from '../markdown/obsidian/math'
import { rehypeMediaEmbeds } from '../markdown/obsidian/media'
import { DIAGRAM_CLASS, hasDiagram, rehypeMermaid } from '../markdown/obsidian/mermaid'
import type { TranscludedPage } from '../markdown/obsidian/transclusion'
import { keptTree } from '../markdown/kept-trees'
import { slugify } from '../core/slug'
import { cachedRender, fileStore } from '../cache/render-cache'
import { qrSvg } from '../talks/share'
import { hasShareSlide } from './deck-length'
import { pdfSlideHtml } from './pdf-slide'
import { absoluteUrl, routes, withBasePath } from '../core/urls'
import type { WikiLink } from '../markdown/obsidian/wikilinks'

/**
 * A rendered body. An MDX body says whether it holds math or diagrams (`math`, `diagrams`), so
 * that its page loads KaTeX's stylesheet or the diagram code; an HTML body says so in its HTML.
 */
/** Whether a rendered tree holds a formula (KaTeX's markup) or a diagram (rehypeMermaid's). */
function featuresOf(tree: HastRoot): { math: boolean; diagrams: boolean } {
  const found = { math: false, diagrams: false }
  visit(tree, 'element', (node: Element) => {
    const classes = Array.isArray(node.properties.className) ? node.properties.className : []
    if (classes.includes('katex')) found.math = true
    if (classes.includes(DIAGRAM_CLASS)) found.diagrams = true
  })
  return found
}

/** A body as a page shows it; `math` and `diagrams` say it needs KaTeX's stylesheet or the diagram code. */
export type RenderedBody = ({ kind: 'html'; html: string } | { kind: 'mdx'; Content: MDXContent }) & { math?: boolean; diagrams?: boolean }

const htmlBody = (html: string): RenderedBody => ({ kind: 'html', html, math: hasMath(html), diagrams: hasDiagram(html) })

/** Links as the page in `from` resolves them: same-named notes are told apart by their folders. */
const resolveFrom = (from: string) => (link: WikiLink) => resolve(link, from)

function resolve(link: WikiLink, from?: string): LinkTarget | undefined {
  const target = resolveWikiLink(link, from)
  if (!target || target.kind === 'private') return target
  if (target.kind === 'file') {
    const { attachment } = target
    const size = attachment.isImage ? readImageSize(attachment.file) : undefined
    const url = withBasePath(routes.attachment(attachment.urlName))
    return { kind: 'file', url, name: attachment.name, isImage: attachment.isImage, size, srcSet: attachment.isImage ? imageSrcSet(url, size?.width) : undefined }
  }
  const { page } = target
  return { kind: 'page', url: withBasePath(page.url), title: page.title, description: page.description }
}

/**
 * The Markdown of the published page that `![[Note]]` shows in place (lib/markdown/obsidian/transclusion.ts):
 * its public body (a talk's: its slides without their speaker notes; comments are gone from every
 * body). A private note resolves to no page, so it is never transcluded. Asked through the
 * options, the render cache records the answer: an edit to the embedded note re-renders the page.
 */
function transclude(link: WikiLink, from?: string): TranscludedPage | undefined {
  const target = resolveWikiLink(link, from)
  if (target?.kind !== 'page') return undefined
  return { markdown: target.page.body, url: withBasePath(target.page.url), title: target.page.title }
}

/**
 * Markdown images of the page in `pageFile`: files of public/ and attachments, with their sizes.
 * Attachments also get their smaller copies (app/attachments/[name]); files of public/ are
 * served as they are.
 */
function imagesOf(pageFile: string) {
  return (url: string): ImageInfo | 'missing' | undefined => {
    const image = resolveImage(pageFile, url)
    if (!image || image.kind === 'missing') return image ? 'missing' : undefined
    if (image.kind === 'public') return { src: withBasePath(image.path), size: readImageSize(image.file) }
    const src = withBasePath(routes.attachment(image.attachment.urlName))
    const size = readImageSize(image.attachment.file)
    return { src, size, srcSet: imageSrcSet(src, size?.width) }
  }
}

// What the HTML of a body depends on besides its text and options: the renderer's own code and
// the versions of its plugins (remark, rehype, shiki), all pinned in package-lock.json.
const rendererFingerprint = codeOf(['lib/markdown'])

// Builds reuse the HTML of bodies whose text, options and link targets are unchanged
// (lib/cache/render-cache.ts), and render the others from the tree the content step kept of them, if
// it did (lib/markdown/kept-trees.ts); `npm run dev` renders afresh, so an edit to the renderer shows
// at once.
const markdownCache = fileStore(cacheFolder('markdown'))
const renderHtml = (source: string, options: MarkdownOptions) =>
  isProductionBuild()
    ? cachedRender(markdownCache, rendererFingerprint(), source, options, (text, asked) => renderMarkdown(text, asked, keptTree(text)))
    : renderMarkdown(source, options)

async function render(source: string, isMdx: boolean, options: MarkdownOptions): Promise<RenderedBody> {
  if (!isMdx) return htmlBody(await renderHtml(source, options))
  // MDX is code written by the site's owner: it runs at build time, unsanitized (README, "MDX").
  const found = { math: false, diagrams: false }
  const { default: Content } = await evaluate(source, {
    ...runtime,
    remarkPlugins: [remarkGfm, remarkMath, remarkObsidianMath, remarkCallouts, remarkBlockIds, remarkHighlights, [remarkObsidian, options]],
    rehypePlugins: [
      rehypeBlockIds,
      rehypeCalloutIcons,
      rehypeSlug,
      rehypeMath,
      rehypeMermaid,
      rehypeMediaEmbeds,
      () => (tree: HastRoot) => void Object.assign(found, featuresOf(tree)),
    ],
  })
  return { kind: 'mdx', Content, ...found }
}

/** A case study's or note's body, with wikilinks resolved against the published pages. */
export function renderBody(page: Page): Promise<RenderedBody> {
  const tagUrl = page.kind === 'note' ? (tag: string) => withBasePath(routes.tag(slugify(tag))) : undefined
  // A page that a chain of embeds leads back to is the page itself: there the chain stops, as a link.
  const self = withBasePath(page.url)
  const transcludeOther = (link: WikiLink) => {
    const target = transclude(link, page.file)
    return target?.url === self ? undefined : target
  }
  return render(page.body, page.isMdx, { resolve: resolveFrom(page.file), tagUrl, softBreaks: page.kind === 'note', image: imagesOf(page.file), transclude: transcludeOther })
}

/**
 * One slide of a talk; its footnotes point at the talk's merged sources list. The first slide is
 * on screen when the page opens, so its images load at once; the others' load when shown.
 */
function renderSlide(slide: PublicSlide, talk: Pick<Talk, 'file' | 'isMdx'>): Promise<RenderedBody> {
  // A PDF deck's slide is its page's picture; its text is the picture's alternative.
  if (slide.pdf) return Promise.resolve(htmlBody(pdfSlideHtml(slide.pdf, slide.number)))
  return render(slide.markdown, talk.isMdx, {
    resolve: resolveFrom(talk.file),
    footnoteSources: slide.footnotes,
    headingShift: 2,
    image: imagesOf(talk.file),
    transclude: (link: WikiLink) => transclude(link, talk.file),
    eagerImages: slide.number === 1,
  })
}

/** The profile's bio. */
export function renderBio(markdown: string): Promise<RenderedBody> {
  return render(markdown, false, { resolve: resolveFrom(getProfileFile()), image: imagesOf(getProfileFile()) })
}

/** A talk's `abstract` (frontmatter, so Markdown even in an .mdx talk), its links and images as its body's. */
export function renderAbstract(talk: Pick<Talk, 'file'>, markdown: string): Promise<RenderedBody> {
  return render(markdown, false, { resolve: resolveFrom(talk.file), image: imagesOf(talk.file) })
}


/**
 * The optional last slide (siteConfig.shareSlide): the talk's short URL to read aloud and a QR code
 * to scan from the back of the room. The code holds the talk's own URL, not the shortlink: one hop
 * less on a venue's Wi-Fi, and it keeps working if the shortlink is renamed.
 */
async function renderShareSlide(talk: Talk): Promise<RenderedBody> {
  const url = absoluteUrl(talk.url)
  const short = absoluteUrl(talk.shortlink ? routes.shortlink(talk.shortlink) : talk.url)
  const svg = await qrSvg(url)
  const html =
    `<h3>Slides &amp; sources</h3><p><a href="${escapeHtml(short)}">${escapeHtml(short.replace(/^https?:\/\//, ''))}</a></p>` +
    `<div class="share-slide-qr" role="img" aria-label="QR code of ${escapeHtml(url)}">${svg}</div>`
  return htmlBody(html)
}

export type RenderedSlide = { number: number; body: RenderedBody }

/**
 * A talk's whole deck as the audience and the presenter see it: its slides, then (when the site
 * config asks for it) the "Slides & sources" slide with the QR code.
 */
export async function renderDeck(talk: Talk, { elsewhere = false } = {}): Promise<RenderedSlide[]> {
  const slides = await Promise.all(
    talk.slides.map(async (slide) => ({ number: slide.number, body: await renderSlide(slide, talk) })),
  )
  if (hasShareSlide(talk)) slides.push({ number: slides.length + 1, body: await renderShareSlide(talk) })
  if (!elsewhere) return slides
  // A copy of the deck on another page (the presenter view, which shows a slide twice, as current
  // and as next): its footnote links ("#source-2") point at the talk page, where the sources are,
  // and its headings drop their ids, which belong to the talk page.
  const talkPage = withBasePath(talk.url)
  return slides.map((slide) =>
    slide.body.kind === 'html'
      ? {
          ...slide,
          body: htmlBody(slide.body.html.replaceAll('href="#', `href="${talkPage}#`).replace(/(<h[1-6][^>]*?) id="[^"]*"/g, '$1')),
        }
      : slide,
  )
}
