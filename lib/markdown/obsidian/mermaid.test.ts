import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { renderMarkdown } from '..'
import { hasDiagram } from './mermaid'

const render = (markdown: string) => renderMarkdown(markdown, { resolve: () => undefined })

describe('Mermaid code blocks', () => {
  test('become a diagram figure holding the source as written, not highlighted', async () => {
    const html = await render('```mermaid\ngraph TD\n  A[Start] --> B["[[Not a link]] & #no-tag"]\n```')
    assert.equal(
      html,
      '<figure class="mermaid-diagram"><pre class="mermaid-source"><code>graph TD\n  A[Start] --> B["[[Not a link]] &#x26; #no-tag"]\n</code></pre></figure>',
    )
    assert.ok(hasDiagram(html))
  })

  test('other code is highlighted as before, and pages without a diagram say so', async () => {
    const html = await render('```ts\nconst a = 1\n```\n\n`mermaid`')
    assert.match(html, /class="shiki/)
    assert.ok(!hasDiagram(html))
  })

  test("the author's HTML cannot make a diagram", async () => {
    const html = await render('<figure class="mermaid-diagram"><pre><code>graph TD</code></pre></figure>')
    assert.ok(!hasDiagram(html))
  })
})
