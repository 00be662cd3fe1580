import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { renderMarkdown } from './index'

const render = (markdown: string) => renderMarkdown(markdown, { resolve: () => undefined })

describe('code highlighting in renderMarkdown', () => {
  test('fenced code with a known language gets light and dark colours as inline styles', async () => {
    const html = await render('```elixir\ndefmodule Chat do\nend\n```\n')
    assert.match(html, /<pre class="shiki shiki-themes github-light github-dark"/)
    assert.match(html, /style="color:#[0-9A-Fa-f]{6};--shiki-dark:#[0-9A-Fa-f]{6}"/)
    assert.match(html, />defmodule</)
  })

  test('code without a language, or an unknown one, stays plain', async () => {
    assert.doesNotMatch(await render('```\nplain\n```\n'), /shiki/)
    assert.doesNotMatch(await render('```nosuchlang\nplain\n```\n'), /shiki/)
  })

  test('raw HTML is still sanitized: an author cannot smuggle styles or scripts', async () => {
    const html = await render('<pre style="color:red"><code class="language-js" onclick="x()">1</code></pre>\n\n<script>alert(1)</script>\n')
    assert.doesNotMatch(html, /onclick|<script|color:red/)
  })
})
