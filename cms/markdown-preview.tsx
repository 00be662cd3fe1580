import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify)

export type MarkdownPreviewProps = { markdown: string }

/**
 * A simple, sanitized rendering for the editor's preview only: the site's own pipeline
 * (wikilinks, MDX, attachments) needs the whole content graph, which the browser does not have.
 */
export function MarkdownPreview({ markdown }: MarkdownPreviewProps) {
  return <div dangerouslySetInnerHTML={{ __html: String(processor.processSync(markdown)) }} />
}
