import type { RenderedBody } from '@/lib/render'
import { mdxComponents } from '@/components/mdx/mdx-components'

export type ProseProps = { body: RenderedBody; className?: string }

const PROSE =
  'prose prose-zinc max-w-none dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-300 prose-img:rounded-lg'

/** Rendered Markdown (sanitized HTML) or MDX, styled by the typography plugin. */
export function Prose({ body, className = '' }: ProseProps) {
  if (body.kind === 'mdx') {
    const { Content } = body
    return (
      <div className={`${PROSE} ${className}`}>
        <Content components={mdxComponents} />
      </div>
    )
  }
  return <div className={`${PROSE} ${className}`} dangerouslySetInnerHTML={{ __html: body.html }} />
}
