import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { decidePublishMode, publishFate } from './publish'

describe('decidePublishMode', () => {
  test('PUBLISH=all or marked chooses, whatever the case', () => {
    assert.equal(decidePublishMode('all', '.obsidian/').mode, 'all')
    assert.equal(decidePublishMode(' Marked ', undefined).mode, 'marked')
  })

  test('unset: marked in an Obsidian vault, all elsewhere (the sample content)', () => {
    assert.equal(decidePublishMode(undefined, 'vault/.obsidian/').mode, 'marked')
    assert.match(decidePublishMode(undefined, 'vault/.obsidian/').because, /vault\/\.obsidian\//)
    assert.equal(decidePublishMode(undefined, undefined).mode, 'all')
    assert.equal(decidePublishMode('', undefined).mode, 'all')
  })

  test('a value it does not know stops the build, naming the setting', () => {
    assert.throws(() => decidePublishMode('some', undefined), /PUBLISH=some: expected one of all, marked/)
  })
})

describe('publishFate', () => {
  test('all: every note, unless publish: false or draft: true', () => {
    assert.deepEqual(publishFate({}, 'all'), { published: true })
    assert.deepEqual(publishFate({ publish: true }, 'all'), { published: true })
    assert.deepEqual(publishFate({ publish: false }, 'all'), { published: false, reason: 'publish: false', private: false })
    assert.deepEqual(publishFate({ draft: true }, 'all'), { published: false, reason: 'draft: true', private: false })
  })

  test('marked: only notes marked publish: true; the others stay private', () => {
    assert.deepEqual(publishFate({ publish: true }, 'marked'), { published: true })
    assert.deepEqual(publishFate({}, 'marked'), { published: false, reason: 'private: not marked publish: true', private: true })
    assert.deepEqual(publishFate({ draft: false }, 'marked'), { published: false, reason: 'private: not marked publish: true', private: true })
    assert.deepEqual(publishFate({ publish: false }, 'marked'), { published: false, reason: 'publish: false', private: false })
  })

  test('a talk or case study in its own folder: left out only by draft: true or publish: false, in either mode', () => {
    assert.deepEqual(publishFate({}, 'marked', { ownFolder: true }), { published: true })
    assert.deepEqual(publishFate({ publish: false }, 'marked', { ownFolder: true }), { published: false, reason: 'publish: false', private: false })
    assert.deepEqual(publishFate({ draft: true }, 'all', { ownFolder: true }), { published: false, reason: 'draft: true', private: false })
  })

  test('draft: true wins over publish: true', () => {
    assert.deepEqual(publishFate({ publish: true, draft: true }, 'marked'), { published: false, reason: 'draft: true', private: false })
  })
})
