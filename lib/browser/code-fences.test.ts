import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { inCodeFence } from './code-fences'

describe('inCodeFence', () => {
  test('a fenced block is code from its opening fence to its closing one; the lines around it are not', () => {
    assert.deepEqual(inCodeFence(['text', '```yaml', '---', '```', '---']), [false, true, true, true, false])
  })

  test('only a fence of the same character, at least as long, closes a block', () => {
    assert.deepEqual(inCodeFence(['~~~', '```', 'x', '~~~', 'after']), [true, true, true, true, false])
    assert.deepEqual(inCodeFence(['````md', '```', 'x', '```', '````', 'after']), [true, true, true, true, true, false])
  })

  test('an opening fence may be indented up to three spaces; an unclosed block runs to the end', () => {
    assert.deepEqual(inCodeFence(['   ```', 'x']), [true, true])
    assert.deepEqual(inCodeFence(['    ```', 'x']), [false, false])
  })
})
