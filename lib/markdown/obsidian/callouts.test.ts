import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { renderMarkdown } from '..'
import { calloutType } from './callouts'

const render = (markdown: string) => renderMarkdown(markdown, { resolve: (link) => ({ kind: 'page', url: `/notes/${link.target}/`, title: link.target }) })
const withoutSvg = (html: string) => html.replace(/<svg[\s\S]*?<\/svg>/g, '<svg/>')

describe('remarkCallouts', () => {
  test('every built-in type and alias, any case, has its look; an unknown type looks like a note', () => {
    const expected: Record<string, string> = {
      note: 'note', abstract: 'abstract', SUMMARY: 'abstract', tldr: 'abstract', info: 'info', todo: 'todo',
      tip: 'tip', Hint: 'tip', important: 'tip', success: 'success', check: 'success', done: 'success',
      question: 'question', help: 'question', FAQ: 'question', warning: 'warning', caution: 'warning', attention: 'warning',
      failure: 'failure', fail: 'failure', missing: 'failure', danger: 'danger', error: 'danger', bug: 'bug',
      example: 'example', quote: 'quote', cite: 'quote', whatever: 'note',
    }
    for (const [identifier, type] of Object.entries(expected)) assert.equal(calloutType(identifier), type, identifier)
  })

  test('a callout has its title, icon and content', async () => {
    const html = withoutSvg(await render('> [!tip] Callouts can have **custom** titles\n> Like [[this]] one.'))
    assert.match(html, /^<div class="callout callout-tip" data-callout="tip">/)
    assert.match(html, /<div class="callout-title"><span class="callout-icon" aria-hidden="true"><svg\/><\/span><span class="callout-title-inner">Callouts can have <strong>custom<\/strong> titles<\/span><\/div>/)
    assert.match(html, /<div class="callout-content">\n<p>Like <a href="\/notes\/this\/" class="wikilink">this<\/a> one.<\/p>/)
  })

  test('the icon is a Lucide SVG, hidden from screen readers', async () => {
    const html = await render('> [!warning]\n> Careful.')
    assert.match(html, /<span class="callout-icon" aria-hidden="true"><svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor"[^>]*d="m21.73 18l-8-14/)
  })

  test('without a title, the type in title case is the title; title-only callouts have no content', async () => {
    const html = withoutSvg(await render('> [!FAQ]\n> Body.\n\n> [!tip] Title-only callout'))
    assert.match(html, /<span class="callout-title-inner">Faq<\/span>/)
    assert.match(html, /<span class="callout-title-inner">Title-only callout<\/span><\/div>\n<\/div>/)
  })

  test('an unknown type keeps its own name as its title', async () => {
    const html = withoutSvg(await render('> [!recipe]\n> Flour.'))
    assert.match(html, /class="callout callout-note" data-callout="recipe"/)
    assert.match(html, /<span class="callout-title-inner">Recipe<\/span>/)
  })

  test('- folds closed and + folds open, as <details>, with no script', async () => {
    const closed = withoutSvg(await render('> [!faq]- Are callouts foldable?\n> Yes!'))
    assert.match(closed, /^<details class="callout callout-question" data-callout="faq">\n<summary class="callout-title">/)
    assert.match(closed, /<span class="callout-fold" aria-hidden="true"><svg\/><\/span><\/summary>/)
    const open = await render('> [!tip]+ Open\n> Shown.')
    assert.match(open, /^<details class="callout callout-tip" data-callout="tip" open>/)
  })

  test('callouts nest, and hold lists and code as written', async () => {
    const html = withoutSvg(await render('> [!question] Can callouts be nested?\n> > [!todo] Yes!, they can.\n> > - a list\n> > ```\n> > > [!note] not a callout ==x==\n> > ```'))
    assert.match(html, /callout-question[\s\S]*callout-content[\s\S]*<div class="callout callout-todo"/)
    assert.match(html, /<li>a list<\/li>/)
    assert.match(html, /<pre><code>> \[!note\] not a callout ==x==\n<\/code><\/pre>/)
  })

  test('a plain blockquote stays a blockquote', async () => {
    assert.equal(await render('> Just a quote [!tip]'), '<blockquote>\n<p>Just a quote [!tip]</p>\n</blockquote>')
  })

  test('raw HTML cannot smuggle script through a callout', async () => {
    const html = await render('> [!tip] <img src=x onerror=alert(1)>\n> <script>alert(1)</script>')
    assert.doesNotMatch(html, /onerror|<script/)
  })
})

describe('excerpts of Obsidian syntax', () => {
  test('a callout head, highlight marks and block ids are not part of a description', async () => {
    const { excerpt } = await import('..')
    assert.equal(excerpt('> [!tip]- A title\n> Body ==marked== text. ^blk\n\nNext `==code==`'), 'A title. Body marked text. Next ==code==')
  })
})
