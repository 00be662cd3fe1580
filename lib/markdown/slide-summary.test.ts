import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { splitSlides } from './slides'
import { ownHeading, SLIDE_TITLE_MAX_LENGTH, slidePageDescription, slidePageTitle, summarizeSlide } from './slide-summary'

describe('summarizeSlide', () => {
  test('the first heading is the title, the rest the text, footnotes left out', () => {
    const summary = summarizeSlide('## Größe zählt\n\nJedes Kilobyte kostet Zeit auf einem Telefon.[^1]\n\n[^1]: [Web Vitals](https://web.dev/articles/vitals)')
    assert.deepEqual(summary, { heading: 'Größe zählt', text: 'Jedes Kilobyte kostet Zeit auf einem Telefon.' })
  })

  test('wikilinks show their text, list items are a series, code is left out', () => {
    const summary = summarizeSlide('# [[Über Café ☕|Café]] and more\n\n- one point\n- [[Other Note]]\n\n```js\nsecret()\n```')
    assert.equal(summary.heading, 'Café and more')
    assert.equal(summary.text, 'one point, Other Note')
  })

  test('the first image, Markdown or an Obsidian embed, is the slide’s picture', () => {
    assert.equal(summarizeSlide('## A\n\n![Two companies](../notes/attachments/two-companies.svg)').image, '../notes/attachments/two-companies.svg')
    const embed = summarizeSlide('## B\n\nLook: ![[chart.png]]')
    assert.equal(embed.image, 'chart.png')
    assert.equal(embed.text, 'Look:')
    assert.equal(summarizeSlide('## C\n\n[[Just a link]]').image, undefined)
  })

  test('a slide without a heading has none, and long text is cut at a word', () => {
    const summary = summarizeSlide(`Just words ${'and more words '.repeat(40)}`, 60)
    assert.equal(summary.heading, undefined)
    assert.ok(summary.text.length <= 60 && summary.text.endsWith('…'), summary.text)
  })

  test('speaker notes never reach a summary: they are split off before', () => {
    const [slide] = splitSlides('## Größe zählt\n\nÖffentlich.\n\nNote:\nGeheime Sprechernotiz.')
    const summary = summarizeSlide(slide!.markdown)
    assert.doesNotMatch(JSON.stringify(summary), /Geheime/)
  })
})

describe('slidePageTitle and slidePageDescription', () => {
  test('"<slide heading> · <talk>", or the slide number without a heading', () => {
    assert.equal(slidePageTitle({ heading: 'Größe zählt', text: '' }, 2, 'Schnelle Seiten'), 'Größe zählt · Schnelle Seiten')
    assert.equal(slidePageTitle({ text: 'x' }, 4, 'Talk'), 'Slide 4 · Talk')
  })

  test('a first slide headed with the talk’s title does not repeat it', () => {
    const talk = 'Elixir in the Big and Small'
    assert.equal(slidePageTitle({ heading: talk, text: '' }, 1, talk), `Slide 1 · ${talk}`)
    assert.equal(slidePageTitle({ heading: 'Elixir in the big and small!', text: '' }, 1, talk), `Slide 1 · ${talk}`)
    assert.equal(ownHeading({ heading: talk, text: '' }, talk), undefined)
    assert.equal(ownHeading({ heading: 'Why Elixir', text: '' }, talk), 'Why Elixir')
  })

  test(`a long title is cut at a word to ${SLIDE_TITLE_MAX_LENGTH} characters, the heading first`, () => {
    const title = slidePageTitle({ heading: 'Why a seed-stage startup and Discord both run on the BEAM', text: '' }, 6, 'Elixir in the Big and Small')
    assert.ok(title.length <= SLIDE_TITLE_MAX_LENGTH, title)
    assert.equal(title, 'Why a seed-stage startup and Discord both run on the BEAM…')
  })

  test('the slide’s text, or where the slide is from when it has none', () => {
    assert.equal(slidePageDescription({ text: 'Words.' }, 1, 3, 'Talk'), 'Words.')
    assert.equal(slidePageDescription({ heading: 'Only', text: '' }, 2, 3, 'Talk'), 'Slide 2 of 3 of “Talk”.')
  })
})
