import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { baseName, slugify } from './slug'

describe('slugify', () => {
  test('a name is slugged the way GitHub slugs headings', () => {
    assert.equal(slugify('Elixir Meetup Talk'), 'elixir-meetup-talk')
    assert.equal(slugify('Why Elixir, really?'), 'why-elixir-really')
    assert.equal(slugify('  Spaces around  '), 'spaces-around')
  })

  test('letters outside ASCII are kept', () => {
    assert.equal(slugify('Ünï Café'), 'ünï-café')
  })

  test('composed and decomposed Unicode give the same slug', () => {
    assert.equal(slugify('U\u0308ni\u0308'), slugify('\u00dcn\u00ef'))
  })

  test('slugging is stateless: the same name gives the same slug twice', () => {
    assert.equal(slugify('Repeat'), 'repeat')
    assert.equal(slugify('Repeat'), 'repeat')
  })
})

describe('baseName', () => {
  test('the folder and the extension are dropped', () => {
    assert.equal(baseName('notes/a/Ünï.md'), 'Ünï')
    assert.equal(baseName('Elixir in the big and small.md'), 'Elixir in the big and small')
    assert.equal(baseName('talks/deck.v2.mdx'), 'deck.v2')
    assert.equal(baseName('README'), 'README')
  })
})
