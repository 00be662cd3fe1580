import assert from 'node:assert/strict'
import { test } from 'node:test'
import { contentReport, type ReportInputs } from './report'
import type { Attachment, CaseStudy, Note, Talk } from '../core/model'

const talk = { kind: 'talk', file: 'content/talks/elixir.md', url: '/talks/elixir/' } as Talk
const caseStudy = { kind: 'case-study', file: 'content/case-studies/move.md', url: '/case-studies/move/' } as CaseStudy
const note = { kind: 'note', file: 'content/notes/Go.md', url: '/notes/go/' } as Note
const used: Attachment = { file: 'content/notes/diagram.png', name: 'diagram.png', urlName: 'diagram.png', isImage: true }
const unused: Attachment = { file: 'content/notes/old.png', name: 'old.png', urlName: 'old.png', isImage: true }

const inputs = (overrides: Partial<ReportInputs> = {}): ReportInputs => ({
  profileFile: 'content/profile.md',
  talks: [talk],
  caseStudies: [caseStudy],
  notes: [note],
  tagCount: 4,
  unusedPermalinks: [],
  excluded: [{ file: 'content/talks/wip.md', reason: 'draft: true' }],
  privateNotes: [{ file: 'content/notes/Diary.md', reason: 'private: not marked publish: true' }],
  files: {
    documents: [],
    attachments: [],
    unknown: [],
    ignored: [
      { path: 'Templates/', reason: "Obsidian's templates folder", files: ['Templates/Daily.md', 'Templates/.hidden.md'] },
      { path: '.obsidian/', reason: "Obsidian's settings folder", files: ['.obsidian/app.json'] },
    ],
  },
  attachments: [unused, used],
  graph: {
    usedAttachments: new Set([used]),
    unresolved: [{ file: note.file, links: ['Rust'] }],
    privateLinks: [{ file: note.file, links: ['Diary'] }],
    missingImages: [{ file: note.file, images: ['/images/gone.png'] }],
  },
  publish: { mode: 'marked', because: 'a vault' },
  ...overrides,
})

test('every file has its fate, in file name order (as people sort, not by case): its URL and what it is, or why it is not published', () => {
  assert.deepEqual(contentReport(inputs()).files, [
    { file: 'content/case-studies/move.md', url: '/case-studies/move/', what: 'case-study' },
    { file: 'content/notes/diagram.png', url: '/attachments/diagram.png', what: 'attachment' },
    { file: 'content/notes/Diary.md', reason: 'private: not marked publish: true' },
    { file: 'content/notes/Go.md', url: '/notes/go/', what: 'note' },
    { file: 'content/notes/old.png', reason: 'attachment no published page embeds' },
    { file: 'content/profile.md', url: '/', what: 'profile: the home page' },
    { file: 'content/talks/elixir.md', url: '/talks/elixir/', what: 'talk' },
    { file: 'content/talks/wip.md', reason: 'draft: true' },
    { file: 'content/Templates/Daily.md', reason: "ignored: Obsidian's templates folder" },
  ])
})

test('the counts are of published pages and of the attachments in use', () => {
  assert.deepEqual(contentReport(inputs()).pages, { talks: 1, caseStudies: 1, notes: 1, tags: 4, attachments: 1 })
  assert.deepEqual(contentReport(inputs({ talks: [], notes: [], tagCount: 0 })).pages, { talks: 0, caseStudies: 1, notes: 0, tags: 0, attachments: 1 })
})

test('what is left out, kept private or ignored is listed, and the graph\'s findings are passed on', () => {
  const report = contentReport(inputs())
  assert.deepEqual(report.excluded, [{ file: 'content/talks/wip.md', reason: 'draft: true' }])
  assert.deepEqual(report.private, ['content/notes/Diary.md'])
  assert.deepEqual(report.ignored, [
    { file: 'content/Templates/', reason: "Obsidian's templates folder", files: 2 },
    { file: 'content/.obsidian/', reason: "Obsidian's settings folder", files: 1 },
  ])
  assert.deepEqual(report.unresolved, [{ file: note.file, links: ['Rust'] }])
  assert.deepEqual(report.privateLinks, [{ file: note.file, links: ['Diary'] }])
  assert.deepEqual(report.missingImages, [{ file: note.file, images: ['/images/gone.png'] }])
  assert.deepEqual(report.publish, { mode: 'marked', because: 'a vault' })
})
