import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createRequire } from 'node:module'
import { caseStudySchema, noteSchema, talkSchema } from '@/content-schema'
import type { ContentFiles } from './files'
import { contentlayerExclude, filePathPattern } from './contentlayer'

// The matcher contentlayer itself types files with (validateDocumentData.js), and fast-glob's ignore rules follow.
const micromatch = createRequire(import.meta.url)('micromatch') as { isMatch: (file: string, pattern: string | string[]) => boolean }

const FILES: ContentFiles = {
  documents: ['Home.md', 'Projects/Meetup (2023), v2.md', 'Projects/Study.md', 'profile.md', 'talks/a.md'],
  kinds: { 'Home.md': 'note', 'Projects/Meetup (2023), v2.md': 'talk', 'Projects/Study.md': 'case-study' },
  attachments: [],
  unknown: ['drafts/x.md', 'random.txt'],
  ignored: [
    { path: 'Daily/{{date}}.md', reason: 'a template (has {{date}})', files: ['Daily/{{date}}.md'] },
    { path: 'site-options.json', reason: "Obsidian Publish's site file", files: ['site-options.json'] },
  ],
}

test("each type's pattern is its folder's, and names the files outside it that the scan gave its kind", () => {
  const talk = filePathPattern(talkSchema, FILES)
  assert.ok(micromatch.isMatch('talks/a.md', talk))
  assert.ok(micromatch.isMatch('Projects/Meetup (2023), v2.md', talk))
  assert.ok(!micromatch.isMatch('Projects/Study.md', talk))
  assert.ok(micromatch.isMatch('Projects/Study.md', filePathPattern(caseStudySchema, FILES)))
  assert.ok(micromatch.isMatch('Home.md', filePathPattern(noteSchema, FILES)))
  assert.ok(!micromatch.isMatch('drafts/x.md', filePathPattern(noteSchema, FILES)))
  assert.equal(filePathPattern(talkSchema, { ...FILES, kinds: undefined }), talkSchema.filePathPattern)
})

test('contentlayer reads no JSON or YAML, no template and no Markdown of no known kind', () => {
  const exclude = contentlayerExclude(FILES, {})
  const excluded = (file: string) => micromatch.isMatch(file, exclude)
  for (const file of ['site-options.json', 'km/migration-map.json', 'data.yaml', 'a/b.yml', 'drafts/x.md', 'Daily/{{date}}.md']) assert.ok(excluded(file), file)
  for (const file of FILES.documents) assert.ok(!excluded(file), file)
})
