import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { FrontmatterError, splitFrontmatter } from './frontmatter'

describe('splitFrontmatter', () => {
  test('frontmatter and body are split apart', () => {
    const { data, body } = splitFrontmatter('---\ntitle: Hello\ntags: [a, b]\n---\n# Heading\n\nText\n')
    assert.deepEqual(data, { title: 'Hello', tags: ['a', 'b'] })
    assert.equal(body, '# Heading\n\nText\n')
  })

  test('a file with a byte-order mark and CRLF line endings parses', () => {
    const { data, body } = splitFrontmatter('\uFEFF---\r\ntitle: Hello\r\nOwner: Jacob\r\n---\r\nBody line\r\n')
    assert.deepEqual(data, { title: 'Hello', Owner: 'Jacob' })
    assert.equal(body, 'Body line\r\n')
  })

  test('a file without frontmatter gives no data and the whole body', () => {
    const text = '# Just a note\n\nSome text\n\n---\n\nMore: text\n'
    assert.deepEqual(splitFrontmatter(text), { data: {}, body: text })
  })

  test('a byte-order mark is dropped from a body without frontmatter', () => {
    assert.deepEqual(splitFrontmatter('\uFEFFHello'), { data: {}, body: 'Hello' })
  })

  test('a block that does not start on the first line is not frontmatter', () => {
    const text = 'Intro\n---\ntitle: x\n---\n'
    assert.deepEqual(splitFrontmatter(text), { data: {}, body: text })
  })

  test('a thematic break opening the file with no closing line is body, not frontmatter', () => {
    const text = '---\n\nJust a rule at the top\n'
    assert.deepEqual(splitFrontmatter(text), { data: {}, body: text })
  })

  test('an empty frontmatter block gives no data', () => {
    assert.deepEqual(splitFrontmatter('---\n---\nBody'), { data: {}, body: 'Body' })
    assert.deepEqual(splitFrontmatter('---\n\n---\nBody'), { data: {}, body: 'Body' })
  })

  test('a later --- line in the body stays in the body', () => {
    const { data, body } = splitFrontmatter('---\na: 1\n---\nOne\n\n---\n\nTwo\n')
    assert.deepEqual(data, { a: 1 })
    assert.equal(body, 'One\n\n---\n\nTwo\n')
  })

  test('invalid YAML throws a FrontmatterError', () => {
    assert.throws(() => splitFrontmatter('---\ntitle: [unclosed\n---\nBody'), (error: unknown) => {
      assert.ok(error instanceof FrontmatterError)
      assert.match(error.message, /not valid YAML/)
      return true
    })
  })

  test("invalid YAML is named at the file's own line, with the line as written", () => {
    assert.throws(() => splitFrontmatter('---\ntitle: A Talk\ndescription: a: b: c\n---\n# x'), {
      message: 'frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings at line 3: description: a: b: c',
    })
    assert.throws(() => splitFrontmatter('\uFEFF---\r\ntitle: a: b\r\n---\r\nx'), /at line 2: title: a: b$/)
  })

  test('a key written twice throws a FrontmatterError', () => {
    assert.throws(() => splitFrontmatter('---\ntitle: One\ntitle: Two\n---\n'), FrontmatterError)
  })

  test('a top-level list is refused', () => {
    assert.throws(() => splitFrontmatter('---\n- a\n- b\n---\n'), (error: unknown) => {
      assert.ok(error instanceof FrontmatterError)
      assert.match(error.message, /map of keys/)
      return true
    })
  })

  test('a top-level scalar is refused', () => {
    assert.throws(() => splitFrontmatter('---\njust text\n---\n'), FrontmatterError)
  })

  test('dates stay strings so they can be checked, not rolled over', () => {
    const { data } = splitFrontmatter('---\ndate: 2023-12-07\ncreated: 2023-13-45\nat: 2023-11-30T12:14\n---\n')
    assert.deepEqual(data, { date: '2023-12-07', created: '2023-13-45', at: '2023-11-30T12:14' })
  })
})
