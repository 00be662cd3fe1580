import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { renderMarkdown } from '..'
import type { LinkTarget } from '../rules'
import type { WikiLink } from './wikilinks'
import type { TranscludedPage } from './transclusion'

const notes: Record<string, string> = {
  source: '# Source\n\nIntro.\n\n## Part\n\nPart text %%hidden remark%%.\n\n### Deeper\n\nStill the part.\n\n## Next\n\nNot the part.\n\nA block worth quoting. ^quoted\n\n- item a\n- item b ^item-b',
  a: 'A says hi.\n\n![[B]]',
  b: 'B says hi.\n\n![[A]]',
  deep1: 'one\n\n![[deep2]]',
  deep2: 'two\n\n![[deep3]]',
  deep3: 'three\n\n![[deep4]]',
  deep4: 'four',
}
const resolve = (link: WikiLink): LinkTarget | undefined =>
  link.target === 'secret' ? { kind: 'private' } : notes[link.target.toLowerCase()] !== undefined ? { kind: 'page', url: `/notes/${link.target.toLowerCase()}/`, title: link.target } : undefined
const asked: string[] = []
const transclude = (link: WikiLink): TranscludedPage | undefined => {
  asked.push(link.target)
  const markdown = notes[link.target.toLowerCase()]
  return markdown === undefined ? undefined : { markdown, url: `/notes/${link.target.toLowerCase()}/`, title: link.target }
}
const render = (markdown: string) => renderMarkdown(markdown, { resolve, transclude })
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()

describe('remarkTransclusion', () => {
  test('![[Note#Heading]] shows that heading and its section, and only it, with a link to it', async () => {
    const html = await render('Before.\n\n![[Source#Part]]\n\nAfter.')
    assert.match(html, /<div class="transclusion">\n<p class="transclusion-source"><a href="\/notes\/source\/#part" class="wikilink">Source > Part<\/a><\/p>/)
    assert.match(textOf(html), /Before\. Source > Part Part Part text \. Deeper Still the part\. After\./)
    assert.doesNotMatch(html, /Not the part|Intro|hidden remark/)
  })

  test('![[Note]] shows the whole note; ![[Note#^id]] that block alone, without its id', async () => {
    const whole = await render('![[Source]]')
    assert.match(textOf(whole), /Intro\..*Not the part\..*A block worth quoting\./)
    assert.doesNotMatch(whole, /\^quoted|id="\^/)
    const block = await render('![[Source#^quoted]]')
    assert.match(block, /<div class="transclusion-content">\n<p>A block worth quoting\.<\/p>\n<\/div>/)
    const item = await render('![[Source#^item-b]]')
    assert.match(item, /<div class="transclusion-content">\n<ul>\n<li>item b<\/li>\n<\/ul>\n<\/div>/)
  })

  test('a heading or block that is not there says so', async () => {
    assert.match(await render("![[Source#Nowhere]]"), /<a href="\/notes\/source\/" class="wikilink">Source > Nowhere<\/a>[\s\S]*<p class="transclusion-missing">Heading “Nowhere” not found in “Source”\.<\/p>/)
    assert.match(await render('![[Source#^nope]]'), /<p class="transclusion-missing">Block “\^nope” not found in “Source”\.<\/p>/)
  })

  test('a cycle stops: A shows B, which shows A as a link', async () => {
    const html = await render('![[A]]')
    assert.equal((html.match(/A says hi/g) ?? []).length, 1)
    assert.equal((html.match(/B says hi/g) ?? []).length, 1)
    assert.match(html, /class="wikilink-embed"/)
  })

  test('depth is bounded', async () => {
    const html = await render('![[deep1]]')
    assert.match(textOf(html), /one.*two.*three/)
    assert.doesNotMatch(html, /four/)
  })

  test('a private note is never transcluded, an embed inside a sentence stays a link, code stays as written', async () => {
    asked.length = 0
    assert.equal(await render('![[secret]]'), '<p>secret</p>')
    assert.match(await render('See ![[Source]] here.'), /<span class="wikilink-embed">/)
    assert.equal(await render('```\n![[Source]]\n```'), '<pre><code>![[Source]]\n</code></pre>')
    assert.deepEqual(asked, ['secret'])
  })
})
