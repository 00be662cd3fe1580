/**
 * Bad content stops the build (see "Bad content" in the content format, README "Bad content"): each case
 * runs the build's content steps, `contentlayer2 build` then `tsx scripts/content-report.ts`, in
 * a throwaway project holding a copy of the fixture site's content plus one bad file, and expects a
 * non-zero exit with an error that names the file and the field.
 *
 * No browser: these tests use neither `page` nor the built site.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { CONTENT, ROOT } from './support/content'

/** What the build's content steps need, besides content/ (which each case copies). */
const LINKED = ['node_modules', 'contentlayer.config.ts', 'content-schema', 'lib', 'scripts', 'tsconfig.json', 'package.json']

const STEP_TIMEOUT_MS = 120_000

type Step = 'contentlayer' | 'content-report'
type Build = {
  /** Exit code of the step that stopped the pipeline, or of the last one. */
  status: number | null
  /** The step that failed, if one did. */
  failedAt?: Step
  /** stdout and stderr of every step run, without colour codes. */
  output: string
}

const ANSI = /\u001b\[[0-9;]*m/g

function run(dir: string, bin: string, args: string[]) {
  const result = spawnSync(path.join('node_modules', '.bin', bin), args, {
    cwd: dir,
    encoding: 'utf8',
    timeout: STEP_TIMEOUT_MS,
    // contentlayer takes its working directory from $PWD before process.cwd(): without this it
    // would build the repository's own content/ into the repository's .contentlayer/.
    env: { ...process.env, PWD: dir, FORCE_COLOR: '0', NO_COLOR: '1', CI: '1' },
  })
  // A timeout or a failure to start.
  const spawnError = result.error ? `\n[${bin}: ${result.error.message}]` : ''
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}${spawnError}`.replace(ANSI, '') }
}

/**
 * Runs the build's content steps in a fresh temp dir: the sample content, plus `files` (paths
 * relative to content/) written over it.
 */
function build(files: Record<string, string> = {}): Build {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bad-content-'))
  try {
    // A real copy, even if content/ is a link: the cases write into it.
    cpSync(CONTENT, path.join(dir, 'content'), { recursive: true, dereference: true })
    for (const name of LINKED) symlinkSync(path.join(ROOT, name), path.join(dir, name))
    for (const [file, text] of Object.entries(files)) {
      const target = path.join(dir, 'content', file)
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, text)
    }

    const contentlayer = run(dir, 'contentlayer2', ['build'])
    if (contentlayer.status !== 0) return { ...contentlayer, failedAt: 'contentlayer' }
    const report = run(dir, 'tsx', ['scripts/content-report.ts'])
    return {
      status: report.status,
      failedAt: report.status === 0 ? undefined : 'content-report',
      output: `${contentlayer.output}${report.output}`,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// The unmodified sample must build, or no failure below proves anything. Run at most once per
// worker, and checked by every case before its own build.
let sample: Build | undefined
function expectSampleBuilds() {
  sample ??= build()
  expect(sample.status, `the unmodified sample content must build:\n${sample.output}`).toBe(0)
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The field as an error names it: `field "events[0].date"` (lib/validate.ts, via the content
 * report) or `• date: ...` (contentlayer's list of missing or incompatible fields).
 */
const namesField = (field: string) => new RegExp(`field "${escape(field)}"|• ${escape(field)}:`)

/** `files` are relative to content/; contentlayer prints them so, the content report with "content/". */
function expectFailure(result: Build, { files, field }: { files: string[]; field?: string }) {
  const context = `failed at: ${result.failedAt ?? 'nothing (exit 0)'}\n--- output ---\n${result.output}`
  expect(result.status, `the build must fail\n${context}`).not.toBe(0)
  for (const file of files) expect(result.output, `the error must name ${file}\n${context}`).toContain(file)
  if (field) expect(result.output, `the error must name the field "${field}"\n${context}`).toMatch(namesField(field))
}

const talk = (frontmatter: string, body = '# A slide\n') => `---\n${frontmatter.trim()}\n---\n${body}`
const TALK = 'title: A Talk\ndescription: One sentence.\ndate: 2023-12-07'
const CASE_STUDY = 'title: A Case Study\ndescription: One sentence.\ndate: 2023-11-30'

test.describe('bad content stops the build', () => {
  // Independent cases, each in its own temp dir: parallel within the config's workers.
  test.describe.configure({ mode: 'parallel', timeout: 4 * STEP_TIMEOUT_MS })

  test('the sample content builds (control)', () => {
    expectSampleBuilds()
    expect(sample?.output).toContain('Content report')
  })

  test.describe('talks', () => {
    test('a talk without a title fails, naming the file and "title"', () => {
      expectSampleBuilds()
      const result = build({ 'talks/bad.md': talk('description: One sentence.\ndate: 2023-12-07') })
      expectFailure(result, { files: ['talks/bad.md'], field: 'title' })
    })

    test('a talk without a description fails, naming the file and "description"', () => {
      expectSampleBuilds()
      const result = build({ 'talks/bad.md': talk('title: A Talk\ndate: 2023-12-07') })
      expectFailure(result, { files: ['talks/bad.md'], field: 'description' })
    })

    test('a talk without a date fails, naming the file and "date"', () => {
      expectSampleBuilds()
      const result = build({ 'talks/bad.md': talk('title: A Talk\ndescription: One sentence.') })
      expectFailure(result, { files: ['talks/bad.md'], field: 'date' })
    })

    test('a talk whose title is misspelt "tittle" fails, naming the file and "tittle"', () => {
      expectSampleBuilds()
      const result = build({ 'talks/bad.md': talk('tittle: A Talk\ndescription: One sentence.\ndate: 2023-12-07') })
      expectFailure(result, { files: ['talks/bad.md'], field: 'tittle' })
    })

    test('a talk with an unknown field "tittle" besides its title fails, naming the file and "tittle"', () => {
      expectSampleBuilds()
      const result = build({ 'talks/bad.md': talk(`${TALK}\ntittle: A Talk`) })
      expectFailure(result, { files: ['talks/bad.md'], field: 'tittle' })
    })

    test('a talk whose frontmatter is not valid YAML fails, naming the file and the line', () => {
      expectSampleBuilds()
      // Line 3 of the file: "description: a: b: c" (a mapping inside a plain value).
      const result = build({ 'talks/bad.md': talk('title: A Talk\ndescription: a: b: c\ndate: 2023-12-07') })
      expectFailure(result, { files: ['talks/bad.md'] })
      expect(result.output).toMatch(/YAML/)
      expect(result.output).toMatch(/line 3\b/)
      expect(result.output).toContain('description')
    })

    test('a talk dated 2023-13-45 fails, naming the file and "date"', () => {
      expectSampleBuilds()
      const result = build({ 'talks/bad.md': talk('title: A Talk\ndescription: One sentence.\ndate: 2023-13-45') })
      expectFailure(result, { files: ['talks/bad.md'], field: 'date' })
    })

    test('a talk dated "soon" fails, naming the file and "date"', () => {
      expectSampleBuilds()
      const result = build({ 'talks/bad.md': talk('title: A Talk\ndescription: One sentence.\ndate: soon') })
      expectFailure(result, { files: ['talks/bad.md'], field: 'date' })
    })

    test('a talk event dated 2023-13-45 fails, naming the file and "events[0].date"', () => {
      expectSampleBuilds()
      const result = build({ 'talks/bad.md': talk(`${TALK}\nevents:\n  - name: Elixir Meetup\n    date: 2023-13-45`) })
      expectFailure(result, { files: ['talks/bad.md'], field: 'events[0].date' })
    })

    test('a talk event without a name fails, naming the file and "events[0].name"', () => {
      expectSampleBuilds()
      const result = build({ 'talks/bad.md': talk(`${TALK}\nevents:\n  - date: 2023-12-07`) })
      expectFailure(result, { files: ['talks/bad.md'], field: 'events[0].name' })
    })

    test('a talk source whose url is javascript: fails, naming the file and "sources[0].url"', () => {
      expectSampleBuilds()
      const result = build({ 'talks/bad.md': talk(`${TALK}\nsources:\n  - title: A source\n    url: javascript:alert(1)`) })
      expectFailure(result, { files: ['talks/bad.md'], field: 'sources[0].url' })
    })

    test('a slide of a talk with a video whose "Time: 1:75" is not a time fails, naming the file and the slide', () => {
      expectSampleBuilds()
      const body = '# One\n\n---\n\n## Two\n\nTime: 1:75\n'
      const result = build({ 'talks/bad.md': talk(`${TALK}\nvideo: /videos/talk.webm`, body) })
      expectFailure(result, { files: ['talks/bad.md'], field: 'slide 2' })
      expect(result.output).toContain('"Time: 1:75" is not a time')
    })

    test('a slide whose time comes before the slide before it fails, naming the file and the slide', () => {
      expectSampleBuilds()
      const body = '# One\n\nTime: 0:00\n\n---\n\n## Two\n\nTime: 2:00\n\n---\n\n## Three\n\nTime: 1:30\n'
      const result = build({ 'talks/bad.md': talk(`${TALK}\nvideo: https://www.youtube.com/watch?v=aqz-KE-bpKQ`, body) })
      expectFailure(result, { files: ['talks/bad.md'], field: 'slide 3' })
      expect(result.output).toContain("Time: 1:30 is not after slide 2's 2:00")
    })

    test('a talk with draft: "yes" (not a boolean) fails, naming the file and "draft"', () => {
      expectSampleBuilds()
      const result = build({ 'talks/bad.md': talk(`${TALK}\ndraft: "yes"`) })
      expectFailure(result, { files: ['talks/bad.md'], field: 'draft' })
    })
  })

  test.describe('script-capable URLs (e2e/hostile-content.spec.ts covers what builds)', () => {
    test('javascript:, data: and URLs with spaces in every URL field of a talk, a case study and the profile fail, each field named', () => {
      expectSampleBuilds()
      const result = build({
        'talks/bad.md': talk(
          `${TALK}\nvideo: javascript:alert(1)\nslides:\n  embed: "data:text/html,<script>alert(1)</script>"\n  speakerdeck: JaVaScRiPt:alert(1)\n  pdf: javascript:alert(1)\n` +
            `events:\n  - name: A meetup\n    date: 2023-12-07\n    url: " javascript:alert(1)"\n    recording: "https://example.com/a b"`,
        ),
        'case-studies/bad.md': talk(`${CASE_STUDY}\nlinks:\n  - title: A link\n    url: vbscript:msgbox(1)`),
        'profile.md': '---\nname: Jacob Bleser\navatar: "javascript:alert(1)"\nlinks:\n  website: "javascript:alert(1)"\n---\nBio.\n',
      })
      expectFailure(result, { files: ['talks/bad.md', 'case-studies/bad.md', 'profile.md'] })
      for (const field of ['video', 'slides.embed', 'slides.speakerdeck', 'slides.pdf', 'events[0].url', 'events[0].recording', 'links[0].url', 'avatar', 'links.website']) {
        expect(result.output, field).toMatch(namesField(field))
      }
    })
  })

  test.describe('profile', () => {
    test('a profile link to ftp:// fails, naming the file and "links.github"', () => {
      expectSampleBuilds()
      const result = build({ 'profile.md': '---\nname: Jacob Bleser\nlinks:\n  github: ftp://example.com/jacob\n---\nBio.\n' })
      expectFailure(result, { files: ['profile.md'], field: 'links.github' })
    })
  })

  test.describe('slugs', () => {
    test('two talks with one slug ("Foo Bar.md", "foo-bar.md") fail, naming both files', () => {
      expectSampleBuilds()
      const result = build({ 'talks/Foo Bar.md': talk(TALK), 'talks/foo-bar.md': talk(TALK) })
      expectFailure(result, { files: ['talks/Foo Bar.md', 'talks/foo-bar.md'], field: 'slug' })
    })

    test('two notes in different folders with one slug (a/Same.md, b/same.md) fail, naming both files', () => {
      expectSampleBuilds()
      const result = build({ 'notes/a/Same.md': 'One note.\n', 'notes/b/same.md': 'Another note.\n' })
      expectFailure(result, { files: ['notes/a/Same.md', 'notes/b/same.md'], field: 'slug' })
    })
  })

  test.describe('unknown files', () => {
    // A file of no known kind has no field: the error names the file and says what is wrong.
    const unknownKind = /no known kind|Couldn't determine the document type/

    test('content/random.txt fails, naming the file as no known kind', () => {
      expectSampleBuilds()
      const result = build({ 'random.txt': 'Not content.\n' })
      expectFailure(result, { files: ['random.txt'] })
      expect(result.output).toMatch(unknownKind)
    })

    test('content/drafts/x.md fails, naming the file as no known kind', () => {
      expectSampleBuilds()
      const result = build({ 'drafts/x.md': talk(TALK) })
      expectFailure(result, { files: ['drafts/x.md'] })
      expect(result.output).toMatch(unknownKind)
    })
  })

  test.describe('case studies', () => {
    test('a case study without a title fails, naming the file and "title"', () => {
      expectSampleBuilds()
      const result = build({ 'case-studies/bad.md': talk('description: One sentence.\ndate: 2023-11-30', 'Prose.\n') })
      expectFailure(result, { files: ['case-studies/bad.md'], field: 'title' })
    })

    test('a case study with an unknown field "shortlink" fails, naming the file and "shortlink"', () => {
      expectSampleBuilds()
      const result = build({ 'case-studies/bad.md': talk(`${CASE_STUDY}\nshortlink: pact`, 'Prose.\n') })
      expectFailure(result, { files: ['case-studies/bad.md'], field: 'shortlink' })
    })
  })

  test.describe('notes', () => {
    test('a note with created: not-a-date fails, naming the file and "created"', () => {
      expectSampleBuilds()
      const result = build({ 'notes/bad.md': '---\ncreated: not-a-date\n---\nA note.\n' })
      expectFailure(result, { files: ['notes/bad.md'], field: 'created' })
    })

    test('a note with arbitrary unknown properties builds', () => {
      expectSampleBuilds()
      const result = build({
        'notes/Owned note.md': '---\nOwner: Jacob\nSome Key With Spaces: a value\nrating: 5\n---\nA note.\n',
      })
      expect(result.status, `failed at: ${result.failedAt}\n${result.output}`).toBe(0)
      expect(result.output).toContain('Content report')
    })
  })
})
