import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { SiteConfig } from './site-config'
import { absoluteUrl, ogImagePath, previewPagePath, routes, withBasePath } from './urls'

const root: SiteConfig = { url: 'https://talks.example.com', basePath: '', locale: 'en', themeColor: '#000000', shareSlide: true }
const project: SiteConfig = { ...root, url: 'https://user.github.io', basePath: '/talks-site' }

describe('withBasePath', () => {
  test('without a base path a site path is unchanged', () => {
    assert.equal(withBasePath('/talks/elixir/', ''), '/talks/elixir/')
    assert.equal(withBasePath('/', ''), '/')
  })

  test('with a base path a site path is put under it', () => {
    assert.equal(withBasePath('/talks/elixir/', '/talks-site'), '/talks-site/talks/elixir/')
    assert.equal(withBasePath('/', '/talks-site'), '/talks-site/')
  })

  test('a path without a leading slash is rooted', () => {
    assert.equal(withBasePath('attachments/a.png', '/talks-site'), '/talks-site/attachments/a.png')
    assert.equal(withBasePath('attachments/a.png', ''), '/attachments/a.png')
  })

  test('absolute URLs pass through', () => {
    for (const url of ['https://example.com/x', 'http://example.com', 'mailto:me@example.com', '//cdn.example.com/a.js']) {
      assert.equal(withBasePath(url, '/talks-site'), url)
    }
  })

  test('fragments pass through', () => {
    assert.equal(withBasePath('#source-1', '/talks-site'), '#source-1')
  })
})

describe('absoluteUrl', () => {
  test('a site path gets the origin', () => {
    assert.equal(absoluteUrl('/talks/elixir/', root), 'https://talks.example.com/talks/elixir/')
  })

  test('a site path gets the origin and the base path', () => {
    assert.equal(absoluteUrl('/talks/elixir/', project), 'https://user.github.io/talks-site/talks/elixir/')
    assert.equal(absoluteUrl('/', project), 'https://user.github.io/talks-site/')
  })

  test('non-ASCII paths are percent-encoded (RFC 3986), each character once', () => {
    assert.equal(absoluteUrl('/notes/заметки-о-go/', root), 'https://talks.example.com/notes/%D0%B7%D0%B0%D0%BC%D0%B5%D1%82%D0%BA%D0%B8-%D0%BE-go/')
    assert.equal(absoluteUrl('/tags/größe/', project), 'https://user.github.io/talks-site/tags/gr%C3%B6%C3%9Fe/')
    assert.equal(absoluteUrl('/og/notes/東京メモ.png', root), `https://talks.example.com/og/notes/${encodeURIComponent('東京メモ')}.png`)
    assert.equal(absoluteUrl('/notes/%C3%BC/', root), 'https://talks.example.com/notes/%C3%BC/')
  })

  test('an absolute URL passes through', () => {
    assert.equal(absoluteUrl('https://youtube.com/watch?v=1', project), 'https://youtube.com/watch?v=1')
  })
})

describe('routes', () => {
  test('every route ends with a slash except attachments', () => {
    assert.equal(routes.home(), '/')
    assert.equal(routes.talks(), '/talks/')
    assert.equal(routes.talk('elixir'), '/talks/elixir/')
    assert.equal(routes.caseStudies(), '/case-studies/')
    assert.equal(routes.caseStudy('discord'), '/case-studies/discord/')
    assert.equal(routes.notes(), '/notes/')
    assert.equal(routes.note('rehearsal'), '/notes/rehearsal/')
    assert.equal(routes.tags(), '/tags/')
    assert.equal(routes.tag('elixir'), '/tags/elixir/')
    assert.equal(routes.attachment('a.png'), '/attachments/a.png')
  })
})

describe('ogImagePath', () => {
  test('every page path maps to a .png under /og/', () => {
    assert.equal(ogImagePath('/'), '/og/index.png')
    assert.equal(ogImagePath('/talks/'), '/og/talks.png')
    assert.equal(ogImagePath('/talks/elixir/'), '/og/talks/elixir.png')
  })
})

describe('previewPagePath', () => {
  test('a list’s later pages and a presenter view show the preview of the page they belong to', () => {
    assert.equal(previewPagePath('/notes/page/2/'), '/notes/')
    assert.equal(previewPagePath('/tags/elixir/page/12/'), '/tags/elixir/')
    assert.equal(previewPagePath('/talks/elixir/present/'), '/talks/elixir/')
    assert.equal(previewPagePath('/talks/elixir/embed/'), '/talks/elixir/')
  })

  test('a slide page shows its own preview, drawn from the slide', () => {
    assert.equal(previewPagePath(routes.talkSlide('größe', 3)), '/talks/größe/slides/3/')
    assert.equal(ogImagePath(routes.talkSlide('größe', 3)), '/og/talks/größe/slides/3.png')
  })

  test('every other page keeps its own, a talk or note slugged "present" or "page" too', () => {
    for (const path of ['/', '/talks/', '/talks/present/', '/talks/embed/', '/notes/page/', '/notes/present/', '/tags/page/']) assert.equal(previewPagePath(path), path)
  })
})
