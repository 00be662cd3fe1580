import assert from 'node:assert/strict'
import { test } from 'node:test'
import { siteDescription } from './site-description'

test("the site's description is the headline, else what the site holds and whose it is", () => {
  assert.equal(siteDescription({ name: 'Ada', headline: 'Speaker on compilers' }), 'Speaker on compilers')
  assert.equal(siteDescription({ name: 'Ada' }), 'Talks, case studies and notes by Ada.')
})
