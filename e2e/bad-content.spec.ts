/**
 * Bad content stops the build (see "Bad content" in the content format, README "Bad content"): the
 * build's content steps, `contentlayer2 build` then `tsx scripts/content-report.ts`, run in a
 * throwaway project holding a copy of the fixture site's content plus bad files, and must exit
 * non-zero with an error line that names each file and its field. The cases run the two one by
 * one, to tell which stopped; the last tests run `npm run build`'s own first step, which runs both
 * in one process (scripts/content-build.ts), on the same files.
 *
 * The cases are independent files with names of their own, so one run holds many of them: the
 * content report lists every problem of every file, one line each ("content/talks/x.md: field
 * "date": ..."), and a case passes only if its own line is there. A run per step that stops the
 * build: a field of the wrong type stops contentlayer before the content report; a file of no
 * known type and a frontmatter that is not YAML are the report's, as contentlayer is never handed
 * them. Four runs instead
 * of one per case keep the spec within CI's time; each case still fails on its own if its check breaks.
 *
 * No browser: these tests use neither `page` nor the built site.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { CONTENT, ROOT } from './support/content'
import { copyFixturePublic } from './support/fixture-builds'

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

/** A fresh temp dir holding the sample content, plus `files` (paths relative to content/) written over it. */
function withContent<T>(files: Record<string, string>, steps: (dir: string) => T): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bad-content-'))
  try {
    // A real copy, even if content/ is a link: the cases write into it.
    cpSync(CONTENT, path.join(dir, 'content'), { recursive: true, dereference: true })
    for (const name of LINKED) symlinkSync(path.join(ROOT, name), path.join(dir, name))
    copyFixturePublic(dir)
    for (const [file, text] of Object.entries(files)) {
      const target = path.join(dir, 'content', file)
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, text)
    }
    return steps(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The content steps one by one, so that a case can tell which one stopped. */
function build(files: Record<string, string> = {}): Build {
  return withContent(files, (dir) => {
    const contentlayer = run(dir, 'contentlayer2', ['build'])
    if (contentlayer.status !== 0) return { ...contentlayer, failedAt: 'contentlayer' }
    const report = run(dir, 'tsx', ['scripts/content-report.ts'])
    return {
      status: report.status,
      failedAt: report.status === 0 ? undefined : 'content-report',
      output: `${contentlayer.output}${report.output}`,
    }
  })
}

/** `npm run build`'s own first step, which runs both (scripts/content-build.ts). */
const contentStep = (files: Record<string, string>) => withContent(files, (dir) => run(dir, 'tsx', ['scripts/content-build.ts']))

const talk = (frontmatter: string, body = '# A slide\n') => `---\n${frontmatter.trim()}\n---\n${body}`
const TALK = 'title: A Talk\ndescription: One sentence.\ndate: 2023-12-07'
const CASE_STUDY = 'title: A Case Study\ndescription: One sentence.\ndate: 2023-11-30'

/**
 * The runs, each of the sample content plus its files (paths relative to content/), built at most
 * once per worker (the spec runs in one worker, in order).
 */
const RUNS = {
  /** What builds: the sample, and a note with properties of the author's own. */
  good: {
    'notes/Owned note.md': '---\nOwner: Jacob\nSome Key With Spaces: a value\nrating: 5\n---\nA note.\n',
    // Files that built before a PDF could be a talk's deck, whose PDF the build cannot read: a PDF
    // under public/ put on the host apart, and a body that embeds a PDF not in the vault.
    'talks/pdf-on-the-host.md': talk(`${TALK}\nslides:\n  pdf: /slides/on-the-host.pdf`, ''),
    'talks/pdf-embed-missing.md': talk(TALK, '![[nowhere.pdf]]\n'),
  },
  /** Line 3 of the file: "description: a: b: c" (a mapping inside a plain value). */
  yaml: {
    'talks/bad-yaml.md': talk('title: A Talk\ndescription: a: b: c\ndate: 2023-12-07'),
  },
  /** What contentlayer itself refuses: a field of the wrong type. */
  types: {
    'talks/draft-yes.md': talk(`${TALK}\ndraft: "yes"`),
  },
  /** What the content report refuses, every file at once. */
  report: {
    'talks/no-title.md': talk('description: One sentence.\ndate: 2023-12-07'),
    'talks/no-description.md': talk('title: A Talk\ndate: 2023-12-07'),
    'talks/no-date.md': talk('title: A Talk\ndescription: One sentence.'),
    'talks/tittle-only.md': talk('tittle: A Talk\ndescription: One sentence.\ndate: 2023-12-07'),
    'talks/tittle-too.md': talk(`${TALK}\ntittle: A Talk`),
    'talks/date-13-45.md': talk('title: A Talk\ndescription: One sentence.\ndate: 2023-13-45'),
    'talks/date-soon.md': talk('title: A Talk\ndescription: One sentence.\ndate: soon'),
    'talks/event-date.md': talk(`${TALK}\nevents:\n  - name: Elixir Meetup\n    date: 2023-13-45`),
    'talks/event-name.md': talk(`${TALK}\nevents:\n  - date: 2023-12-07`),
    'talks/source-url.md': talk(`${TALK}\nsources:\n  - title: A source\n    url: javascript:alert(1)`),
    'talks/slide-time.md': talk(`${TALK}\nvideo: /videos/talk.webm`, '# One\n\n---\n\n## Two\n\nTime: 1:75\n'),
    'talks/slide-order.md': talk(
      `${TALK}\nvideo: https://www.youtube.com/watch?v=aqz-KE-bpKQ`,
      '# One\n\nTime: 0:00\n\n---\n\n## Two\n\nTime: 2:00\n\n---\n\n## Three\n\nTime: 1:30\n',
    ),
    'talks/urls.md': talk(
      `${TALK}\nvideo: javascript:alert(1)\nslides:\n  embed: "data:text/html,<script>alert(1)</script>"\n  speakerdeck: JaVaScRiPt:alert(1)\n  pdf: javascript:alert(1)\n` +
        `events:\n  - name: A meetup\n    date: 2023-12-07\n    url: " javascript:alert(1)"\n    recording: "https://example.com/a b"`,
    ),
    'case-studies/urls.md': talk(`${CASE_STUDY}\nlinks:\n  - title: A link\n    url: vbscript:msgbox(1)`),
    // One profile per site: its script-capable URLs and its ftp:// link are two cases of one file.
    'profile.md': '---\nname: Jacob Bleser\navatar: "javascript:alert(1)"\nlinks:\n  website: "javascript:alert(1)"\n  github: ftp://example.com/jacob\n---\nBio.\n',
    'talks/Foo Bar.md': talk(TALK),
    'talks/foo-bar.md': talk(TALK),
    'notes/a/Same Name.md': 'One note.\n',
    'notes/a/same-name.md': 'Another note of the same folder.\n',
    'random.txt': 'Not content.\n',
    // Outside a vault, Markdown outside the folders of kinds is refused by the check, in its words:
    // contentlayer is not handed it (lib/content/source/contentlayer.ts, contentlayerExclude).
    'drafts/x.md': talk(TALK),
    'case-studies/no-title.md': talk('description: One sentence.\ndate: 2023-11-30', 'Prose.\n'),
    'case-studies/shortlink.md': talk(`${CASE_STUDY}\nshortlink: pact`, 'Prose.\n'),
    'notes/bad-created.md': '---\ncreated: not-a-date\n---\nA note.\n',
  },
} satisfies Record<string, Record<string, string>>

const results = new Map<keyof typeof RUNS, Build>()
const result = (run: keyof typeof RUNS): Build => {
  if (!results.has(run)) results.set(run, build(RUNS[run]))
  return results.get(run)!
}

const context = (built: Build) => `failed at: ${built.failedAt ?? 'nothing (exit 0)'}\n--- output ---\n${built.output}`

/** The run stopped, at `step`. */
function expectStopped(built: Build, step: NonNullable<Build['failedAt']>) {
  expect(built.status, `the build must fail\n${context(built)}`).not.toBe(0)
  expect(built.failedAt, context(built)).toBe(step)
}

/** The content report's line for `file` (relative to content/), naming `field`, with `says` in it. */
function expectReported(file: string, field: string, says?: string) {
  const built = result('report')
  expectStopped(built, 'content-report')
  const lines = built.output.split('\n').filter((line) => line.includes(`content/${file}: field "${field}"`))
  expect(lines, `a line must name content/${file} and the field "${field}"\n${context(built)}`).not.toEqual([])
  if (says) expect(lines.join('\n'), context(built)).toContain(says)
}

/** contentlayer's entry for `file`: its line, and what follows it up to the next file's. */
function contentlayerEntry(built: Build, file: string): string {
  const start = built.output.indexOf(file)
  expect(start, `the error must name ${file}\n${context(built)}`).toBeGreaterThanOrEqual(0)
  const rest = built.output.slice(start + file.length)
  const next = rest.search(/\n\s*[│ ]*• "/)
  return next === -1 ? rest : rest.slice(0, next)
}

test.describe('bad content stops the build', () => {
  // The runs are shared by the cases: all in one worker, in order.
  test.describe.configure({ mode: 'default', timeout: 4 * STEP_TIMEOUT_MS })

  test('the sample content builds, with a note holding properties of its author\'s own (control)', () => {
    const built = result('good')
    expect(built.status, `the sample content must build:\n${context(built)}`).toBe(0)
    expect(built.output).toContain('Content report')
  })

  test.describe('talks', () => {
    test('a talk whose PDF under public/ is not there, or whose body embeds a missing PDF, builds as before, with a warning naming file and field', () => {
      const built = result('good')
      expect(built.status, context(built)).toBe(0)
      expect(built.output).toContain('warning: PDFs no deck could be read from (2), their talks built without them, not stopping the build:')
      expect(built.output).toContain('content/talks/pdf-on-the-host.md: field "slides.pdf": /slides/on-the-host.pdf: there is no file at')
      expect(built.output).toContain('content/talks/pdf-embed-missing.md: field "![[nowhere.pdf]]": there is no nowhere.pdf in the content folder')
    })

    test('a talk without a title fails, naming the file and "title"', () => {
      expectReported('talks/no-title.md', 'title', 'is required')
    })

    test('a talk without a description fails, naming the file and "description"', () => {
      expectReported('talks/no-description.md', 'description', 'is required')
    })

    test('a talk without a date fails, naming the file and "date"', () => {
      expectReported('talks/no-date.md', 'date', 'is required')
    })

    test('a talk whose title is misspelt "tittle" fails, naming the file and "tittle"', () => {
      expectReported('talks/tittle-only.md', 'tittle', 'did you mean "title"')
    })

    test('a talk with an unknown field "tittle" besides its title fails, naming the file and "tittle"', () => {
      expectReported('talks/tittle-too.md', 'tittle')
    })

    test('a talk whose frontmatter is not valid YAML fails, naming the file and the line, in the check\'s words', () => {
      const built = result('yaml')
      // contentlayer is not handed it (contentlayer.config.ts): the check names it.
      expectStopped(built, 'content-report')
      expect(built.output, context(built)).toContain('content/talks/bad-yaml.md: frontmatter is not valid YAML')
      expect(built.output, context(built)).toContain('talks/bad-yaml.md')
      expect(built.output).toMatch(/YAML/)
      expect(built.output).toMatch(/line 3\b/)
      expect(built.output).toContain('description')
    })

    test('a talk dated 2023-13-45 fails, naming the file and "date"', () => {
      expectReported('talks/date-13-45.md', 'date', '"2023-13-45"')
    })

    test('a talk dated "soon" fails, naming the file and "date"', () => {
      expectReported('talks/date-soon.md', 'date', '"soon"')
    })

    test('a talk event dated 2023-13-45 fails, naming the file and "events[0].date"', () => {
      expectReported('talks/event-date.md', 'events[0].date', '"2023-13-45"')
    })

    test('a talk event without a name fails, naming the file and "events[0].name"', () => {
      expectReported('talks/event-name.md', 'events[0].name', 'is required')
    })

    test('a talk source whose url is javascript: fails, naming the file and "sources[0].url"', () => {
      expectReported('talks/source-url.md', 'sources[0].url', 'javascript:alert(1)')
    })

    test('a slide of a talk with a video whose "Time: 1:75" is not a time fails, naming the file and the slide', () => {
      expectReported('talks/slide-time.md', 'slide 2', '"Time: 1:75" is not a time')
    })

    test('a slide whose time comes before the slide before it fails, naming the file and the slide', () => {
      expectReported('talks/slide-order.md', 'slide 3', "Time: 1:30 is not after slide 2's 2:00")
    })

    test('a talk with draft: "yes" (not a boolean) fails, naming the file and "draft"', () => {
      const built = result('types')
      expectStopped(built, 'contentlayer')
      expect(contentlayerEntry(built, 'talks/draft-yes.md'), context(built)).toMatch(/• draft:/)
    })
  })

  test.describe('script-capable URLs (e2e/hostile-content.spec.ts covers what builds)', () => {
    test('javascript:, data: and URLs with spaces in every URL field of a talk, a case study and the profile fail, each field named', () => {
      for (const field of ['video', 'slides.embed', 'slides.speakerdeck', 'slides.pdf', 'events[0].url', 'events[0].recording']) {
        expectReported('talks/urls.md', field, 'expected an http(s) URL')
      }
      expectReported('case-studies/urls.md', 'links[0].url', 'vbscript:msgbox(1)')
      expectReported('profile.md', 'avatar', 'javascript:alert(1)')
      expectReported('profile.md', 'links.website', 'javascript:alert(1)')
    })
  })

  test.describe('profile', () => {
    test('a profile link to ftp:// fails, naming the file and "links.github"', () => {
      expectReported('profile.md', 'links.github', 'ftp://example.com/jacob')
    })
  })

  test.describe('slugs', () => {
    test('two talks with one slug ("Foo Bar.md", "foo-bar.md") fail, naming both files', () => {
      expectReported('talks/foo-bar.md', 'slug', 'as content/talks/Foo Bar.md does')
    })

    // Notes of one name in different folders build (each gains its folder: e2e/vault-folders.spec.ts);
    // two names of one folder that slugify alike cannot be told apart by a folder.
    test('two notes of one folder with one slug (a/Same Name.md, a/same-name.md) fail, naming both files', () => {
      expectReported('notes/a/same-name.md', 'slug', 'as content/notes/a/Same Name.md does')
    })
  })

  test.describe('unknown files', () => {
    test('content/random.txt fails, naming the file as no known kind', () => {
      const built = result('report')
      expectStopped(built, 'content-report')
      expect(built.output, context(built)).toContain('content/random.txt: is no known kind')
    })

    test('content/drafts/x.md fails, naming the file as no known kind, in the check\'s words, not contentlayer\'s', () => {
      const built = result('report')
      expectStopped(built, 'content-report')
      expect(built.output, context(built)).toContain('content/drafts/x.md: is no known kind')
      expect(built.output, context(built)).not.toContain("Couldn't determine the document type")
    })
  })

  test.describe('case studies', () => {
    test('a case study without a title fails, naming the file and "title"', () => {
      expectReported('case-studies/no-title.md', 'title', 'is required')
    })

    test('a case study with an unknown field "shortlink" fails, naming the file and "shortlink"', () => {
      expectReported('case-studies/shortlink.md', 'shortlink', 'unknown field')
    })
  })

  test.describe('notes', () => {
    test('a note with created: not-a-date fails, naming the file and "created"', () => {
      expectReported('notes/bad-created.md', 'created', '"not-a-date"')
    })

    test('a note with arbitrary unknown properties builds', () => {
      const built = result('good')
      expect(built.status, context(built)).toBe(0)
      expect(built.output).not.toContain('notes/Owned note.md: field')
    })
  })
})

test.describe("npm run build's content step (contentlayer and the check in one process)", () => {
  test.describe.configure({ mode: 'default', timeout: 4 * STEP_TIMEOUT_MS })

  test('builds the sample content and prints the content report', () => {
    const built = contentStep(RUNS.good)
    expect(built.status, built.output).toBe(0)
    expect(built.output).toContain('Content report')
  })

  test("stops with the check's error, naming the file, on a frontmatter that is not YAML", () => {
    const built = contentStep(RUNS.yaml)
    expect(built.status, built.output).not.toBe(0)
    expect(built.output).toContain('talks/bad-yaml.md')
    expect(built.output).not.toContain('Content report')
  })

  test("stops with the check's lines, naming each file and field, when the check refuses it", () => {
    const built = contentStep(RUNS.report)
    expect(built.status, built.output).not.toBe(0)
    for (const [file, field] of [['talks/no-title.md', 'title'], ['case-studies/shortlink.md', 'shortlink'], ['notes/bad-created.md', 'created']]) {
      expect(built.output, built.output).toContain(`content/${file}: field "${field}"`)
    }
  })
})
