import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { headersFor, parseHeadersFile } from './headers-file'

describe('parseHeadersFile and headersFor', () => {
  it('gives every path the headers of the rules it matches, comments left out', () => {
    const rules = parseHeadersFile('# note\n/*\n  X-A: 1\n  X-B: a: b\n\n/talks/*\n  X-A: 2\n/exact\n  X-C: 3\n')
    assert.deepEqual([...headersFor(rules, '/talks/x/')], [['x-a', '1, 2'], ['x-b', 'a: b']])
    assert.deepEqual([...headersFor(rules, '/exact')], [['x-a', '1'], ['x-b', 'a: b'], ['x-c', '3']])
    assert.deepEqual([...headersFor(rules, '/exactly')], [['x-a', '1'], ['x-b', 'a: b']])
  })

  it('refuses a header line outside any rule', () => {
    assert.throws(() => parseHeadersFile('  X-A: 1\n'), /outside a rule/)
  })

  it('reads public/_headers: a Content-Security-Policy on every path, without script-src', () => {
    const headers = headersFor(parseHeadersFile(readFileSync(new URL('../public/_headers', import.meta.url), 'utf8')), '/talks/x/')
    assert.match(headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/)
    assert.doesNotMatch(headers.get('content-security-policy') ?? '', /script-src|default-src/)
  })
})
