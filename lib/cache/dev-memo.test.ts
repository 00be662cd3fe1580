import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { devMemo, saveDevMemo } from './dev-memo'

describe('devMemo', () => {
  const cwd = process.cwd()
  const env = process.env.NODE_ENV
  let dir = ''
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dev-memo-'))
    process.chdir(dir)
  })
  after(() => {
    process.chdir(cwd)
    Object.assign(process.env, { NODE_ENV: env })
    rmSync(dir, { recursive: true, force: true })
  })

  test('outside development it is the function itself: the build reads each body once', () => {
    Object.assign(process.env, { NODE_ENV: 'production' })
    const fn = (text: string) => text.length
    assert.equal(devMemo('length', fn), fn)
  })

  test('in development a body already read is not read again, and what was read is kept on disk', () => {
    Object.assign(process.env, { NODE_ENV: 'development' })
    let calls = 0
    const upper = devMemo('upper', (text) => {
      calls++
      return text.toUpperCase()
    })
    assert.equal(upper('a body'), 'A BODY')
    assert.equal(upper('a body'), 'A BODY')
    assert.equal(upper('another'), 'ANOTHER')
    assert.equal(calls, 2)
    saveDevMemo()
    const file = path.join('.next', 'cache', 'speaker-site', 'markdown-v1.json')
    assert.ok(existsSync(file))
    assert.deepEqual(Object.values(JSON.parse(readFileSync(file, 'utf8'))).sort(), ['A BODY', 'ANOTHER'])
  })
})
