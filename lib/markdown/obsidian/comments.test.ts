import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { stripComments } from './comments'

describe('stripComments', () => {
  test('takes out an inline comment', () => {
    assert.equal(stripComments('Shown %%hidden%% shown.'), 'Shown  shown.')
  })

  test('takes out a comment across lines and paragraphs', () => {
    assert.equal(stripComments('Before\n\n%%\nsecret one\n\nsecret two\n%%\n\nAfter'), 'Before\n\n\n\nAfter')
  })

  test('leaves %% inside fenced, indented and inline code as written', () => {
    const fenced = '```\na %% b %% c\n```'
    assert.equal(stripComments(fenced), fenced)
    const indented = 'Text\n\n    x = 5 %% 3\n'
    assert.equal(stripComments(indented), indented)
    assert.equal(stripComments('Use `%%x%%` to %%hide%%comment.'), 'Use `%%x%%` to comment.')
  })

  test('a comment that holds backticks is still a comment', () => {
    assert.equal(stripComments('a %% `code` secret %% b'), 'a  b')
  })

  test('a comment never closed hides the rest of the note', () => {
    assert.equal(stripComments('Public\n\n%% private to the end\n\nmore'), 'Public\n\n')
  })

  test('a comment holding a wikilink leaves no link', () => {
    assert.equal(stripComments('See %%[[Secret note]]%%.'), 'See .')
  })

  test('text without comments is returned as it is', () => {
    const text = '100% sure, 50% not'
    assert.equal(stripComments(text), text)
  })
})
