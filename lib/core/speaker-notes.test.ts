import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { speakerNotesIncluded } from './speaker-notes'

describe('speakerNotesIncluded', () => {
  test('a production build leaves speaker notes out', () => {
    assert.equal(speakerNotesIncluded({ NODE_ENV: 'production' }), false)
    assert.equal(speakerNotesIncluded({}), false)
  })

  test('npm run dev includes them', () => {
    assert.equal(speakerNotesIncluded({ NODE_ENV: 'development' }), true)
  })

  test('a build includes them only with SPEAKER_NOTES=1 exactly', () => {
    assert.equal(speakerNotesIncluded({ NODE_ENV: 'production', SPEAKER_NOTES: '1' }), true)
    for (const value of ['0', 'true', 'yes', '', ' 1']) {
      assert.equal(speakerNotesIncluded({ NODE_ENV: 'production', SPEAKER_NOTES: value }), false, value)
    }
  })
})
