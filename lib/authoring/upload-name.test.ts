import assert from 'node:assert/strict'
import { test } from 'node:test'
import { uploadName } from './upload-name'

test('an upload keeps the name it was given: spaces, capitals and letters of any script', () => {
  assert.equal(uploadName('Stage photo.png'), 'Stage photo.png')
  assert.equal(uploadName('Bühne – Größe 🎤.JPG'), 'Bühne – Größe 🎤.JPG')
})

test('only what a path or an embed cannot hold is replaced', () => {
  assert.equal(uploadName('../a/b\\c.png'), '..-a-b-c.png')
  assert.equal(uploadName('slide #2 [final]|v2.png'), 'slide -2 -final--v2.png')
  assert.equal(uploadName('..'), 'upload..')
})
