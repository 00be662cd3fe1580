import assert from 'node:assert/strict'
import { test } from 'node:test'
import { exportShell, isNotFoundPageFile, NOT_FOUND_MARKER, sitePathOfFile } from './export-shell'

test("the framework's error shell is recognised", () => {
  assert.equal(exportShell('<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>'), 'error')
  assert.equal(exportShell('<!DOCTYPE html><html lang="en" id="__next_error__">'), 'error')
})

test('a page rendered as not found is recognised, by its digest or by the not-found view', () => {
  assert.equal(exportShell('<html><body><script>self.__next_f.push([1,"NEXT_HTTP_ERROR_FALLBACK;404"])</script></body></html>'), 'not-found')
  assert.equal(exportShell(`<html><body><section ${NOT_FOUND_MARKER}="">This page does not exist</section></body></html>`), 'not-found')
})

test('a page with content is not a shell, whatever its text or its flight data says', () => {
  assert.equal(exportShell(`<html><body><main>Talk</main><script>self.__next_f.push([1,"{\\"${NOT_FOUND_MARKER}\\":\\"\\"}"])</script></body></html>`), undefined)
  assert.equal(exportShell('<html lang="en"><body><main><h1>Errors I made: __next_error__ and 404</h1></main></body></html>'), undefined)
})

test("the 404 page's own files are exempt, nothing else is", () => {
  assert.ok(isNotFoundPageFile('404.html'))
  assert.ok(isNotFoundPageFile('_not-found/index.html'))
  assert.ok(!isNotFoundPageFile('notes/404/index.html'))
  assert.ok(!isNotFoundPageFile('notes/x/index.html'))
})

test('files of out/ map to the paths they are served at', () => {
  assert.equal(sitePathOfFile('index.html'), '/')
  assert.equal(sitePathOfFile('notes/東京メモ/index.html'), '/notes/東京メモ/')
  assert.equal(sitePathOfFile('404.html'), '/404.html')
})
