import assert from 'node:assert/strict'
import { test } from 'node:test'
import { previewImageAlt } from './preview-image'

const card = { kicker: 'Talk', title: 'Elixir in the Big and Small', name: 'Ada', detail: 'Elixir Meetup' }

test("the alt reads the card's lines, not the page title alone", () => {
  assert.equal(previewImageAlt(card), 'Preview card: Talk, “Elixir in the Big and Small”, Ada, Elixir Meetup')
})

test("the speaker's name is said once, though a talk's detail line repeats it", () => {
  assert.equal(previewImageAlt({ ...card, detail: 'Ada · Latest: Meetup, Dec 7, 2023' }), 'Preview card: Talk, “Elixir in the Big and Small”, Ada, Latest: Meetup, Dec 7, 2023')
})

test("a slide's card names its text, cut at a word, and its picture", () => {
  const alt = previewImageAlt({ ...card, kicker: 'Slide 6 of 11', text: 'word '.repeat(100), image: 'public/x.png' })
  assert.match(alt, /^Preview card: Slide 6 of 11, “Elixir in the Big and Small”, (word ){30,}word…, beside the slide’s picture, Ada, Elixir Meetup$/)
  assert.ok(alt.length < 300)
})
