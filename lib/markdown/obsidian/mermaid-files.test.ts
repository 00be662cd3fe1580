import assert from 'node:assert/strict'
import { test } from 'node:test'
import { MERMAID_MODULE } from '../../core/urls'
import { mermaidFile, mermaidFileNames } from './mermaid-files'

const text = (name: string) => new TextDecoder().decode(mermaidFile(name)?.body)
const imports = (code: string) => [...code.matchAll(/(?:from|import)\s*\(?"(\.[^"]+)"/g)].map((match) => match[1] as string)

test('every module the site serves imports only files served beside it, in the one folder', () => {
  const names = new Set(mermaidFileNames())
  assert.ok(names.has(MERMAID_MODULE))
  let count = 0
  for (const name of names) {
    for (const specifier of imports(text(name))) {
      count++
      assert.match(specifier, /^\.\/[^/]+\.mjs$/, `${name} imports ${specifier}`)
      assert.ok(names.has(specifier.slice(2)), `${name} imports ${specifier}, which is not served`)
    }
  }
  // The module names dozens of chunks; the chunks name each other: the check saw them.
  assert.ok(count > 500, `only ${count} imports read`)
})

test('only the files of the list are served, as JavaScript; no source maps', () => {
  assert.equal(mermaidFile('../package.json'), undefined)
  assert.equal(mermaidFile(`${MERMAID_MODULE}.map`), undefined)
  assert.ok(mermaidFileNames().every((name) => name.endsWith('.mjs')))
  assert.equal(mermaidFile(MERMAID_MODULE)?.type, 'text/javascript; charset=utf-8')
})
