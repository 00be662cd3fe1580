import { evaluate } from '@mdx-js/mdx'
import type { MDXContent } from 'mdx/types'
import * as runtime from 'react/jsx-runtime'
import rehypeSlug from 'rehype-slug'
import remarkGfm from 'remark-gfm'
import { resolveWikiLink, type Page, type PublicSlide } from './content'
import { renderMarkdown, remarkObsidian, type LinkTarget, type MarkdownOptions } from './markdown'
import { slugify as slugTag } from './slug'
import { routes, withBasePath } from './urls'
import type { WikiLink } from './wikilinks'

export type RenderedBody = { kind: 'html'; html: string } | { kind: 'mdx'; Content: MDXContent }

function resolve(link: WikiLink): LinkTarget | undefined {
  const target = resolveWikiLink(link)
  if (!target) return undefined
  if (target.kind === 'file') {
    const { attachment } = target
    return { kind: 'file', url: withBasePath(routes.attachment(attachment.urlName)), name: attachment.name, isImage: attachment.isImage }
  }
  const { page } = target
  return { kind: 'page', url: withBasePath(page.url), title: page.title, description: page.description }
}

async function render(source: string, isMdx: boolean, options: MarkdownOptions): Promise<RenderedBody> {
  if (!isMdx) return { kind: 'html', html: await renderMarkdown(source, options) }
  // MDX is code written by the site's owner: it runs at build time, unsanitized (README, "MDX").
  const { default: Content } = await evaluate(source, {
    ...runtime,
    remarkPlugins: [remarkGfm, [remarkObsidian, options]],
    rehypePlugins: [rehypeSlug],
  })
  return { kind: 'mdx', Content }
}

/** A case study's or note's body, with wikilinks resolved against the published pages. */
export function renderBody(page: Page): Promise<RenderedBody> {
  const tagUrl = page.kind === 'note' ? (tag: string) => withBasePath(routes.tag(slugTag(tag))) : undefined
  return render(page.body, page.isMdx, { resolve, tagUrl, softBreaks: page.kind === 'note' })
}

/** One slide of a talk; its footnotes point at the talk's merged sources list. */
export function renderSlide(slide: PublicSlide, isMdx: boolean): Promise<RenderedBody> {
  return render(slide.markdown, isMdx, { resolve, footnoteSources: slide.footnotes, headingShift: 2 })
}

/** The profile's bio. */
export function renderBio(markdown: string): Promise<RenderedBody> {
  return render(markdown, false, { resolve })
}

