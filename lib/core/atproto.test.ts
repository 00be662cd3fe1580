import assert from 'node:assert/strict'
import { test } from 'node:test'
import { atprotoDidFile } from './atproto'

test('the atproto-did file is the DID alone; anything else fails the build', () => {
  assert.equal(atprotoDidFile(' did:plc:z72i7hdynmk6r22z27h6tvur\n'), 'did:plc:z72i7hdynmk6r22z27h6tvur')
  assert.equal(atprotoDidFile('did:web:talks.example.com'), 'did:web:talks.example.com')
  for (const bad of ['', '@me.example.com', 'plc:abc', 'did:plc:', 'did:PLC:abc']) assert.throws(() => atprotoDidFile(bad), /not a DID/, bad)
})
