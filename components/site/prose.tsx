import { MermaidDiagrams } from '@/components/mdx/mermaid-diagrams'
import { mdxComponents } from '@/components/mdx/mdx-components'
import type { RenderedBody } from '@/lib/pages/render'
import { KATEX_STYLESHEET, routes, withBasePath } from '@/lib/core/urls'
import { PROSE } from './prose-classes'

export type ProseProps = { body: RenderedBody; className?: string }

/**
 * Rendered Markdown (sanitized HTML) or MDX, styled by the typography plugin. A body with a
 * formula brings KaTeX's stylesheet (the site's own copy; React puts it in <head>, once), and one
 * with a diagram the code that draws it; other pages load neither.
 */
export function Prose({ body, className = '' }: ProseProps) {
  let content
  if (body.kind === 'mdx') {
    const { Content } = body
    content = (
      <div className={`${PROSE} ${className}`}>
        <Content components={mdxComponents} />
      </div>
    )
  } else {
    content = <div className={`${PROSE} ${className}`} dangerouslySetInnerHTML={{ __html: body.html }} />
  }
  return (
    <>
      {body.math ? <link rel="stylesheet" href={withBasePath(routes.katex(KATEX_STYLESHEET))} precedence="katex" /> : null}
      {content}
      {body.diagrams ? <MermaidDiagrams /> : null}
    </>
  )
}
