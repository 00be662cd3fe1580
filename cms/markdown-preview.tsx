import rehypeStringify from 'rehype-stringify'
import { PROSE } from '@/components/site/prose-classes'
import { isAttachment } from '@/lib/core/file-types'
import { obsidianMarkdown, type LinkTarget } from '@/lib/markdown/rules'
import type { WikiLink } from '@/lib/markdown/obsidian/wikilinks'

export type MarkdownPreviewProps = { markdown: string; softBreaks?: boolean }

/**
 * The editor has no content graph: every [[wikilink]] is shown as a link to the name written, and
 * an embedded file as its name, since the page it lands on or the file's address is the build's to decide.
 */
function resolve(link: WikiLink): LinkTarget {
  if (isAttachment(link.target)) return { kind: 'file', url: '#', name: link.target, isImage: false }
  return { kind: 'page', url: '#', title: link.target }
}

/**
 * A body rendered by the site's own Markdown rules (lib/markdown: wikilinks, callouts, highlights,
 * sanitized as on the site) and shown with the site's typography (its stylesheet is the preview's,
 * scripts/cms-bundle.ts). Highlighting, diagrams and math are left to the build.
 */
export function MarkdownPreview({ markdown, softBreaks = false }: MarkdownPreviewProps) {
  const html = String(obsidianMarkdown({ resolve, softBreaks }).use(rehypeStringify).processSync(markdown))
  return <div className={PROSE} dangerouslySetInnerHTML={{ __html: html }} />
}
