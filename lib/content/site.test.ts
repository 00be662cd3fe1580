import assert from 'node:assert/strict'
import { test } from 'node:test'
import { scanBody } from '../markdown'
import { buildSite, type SiteDocuments, type SiteInputs, type SourceDocument } from './site'
import { ContentError } from './readers/validate'

const doc = (file: string, frontmatter: SourceDocument['frontmatter'], body = ''): SourceDocument => ({ file, frontmatter, body })

const profile = doc('content/profile.md', { name: 'Ada Speaker' }, 'I give talks.')

const inputs = (overrides: Partial<SiteInputs> = {}): SiteInputs => ({
  files: { documents: [], attachments: [], unknown: [], ignored: [] },
  publish: { mode: 'all', because: 'the default' },
  publicFileExists: () => false,
  scan: scanBody,
  reservedPaths: new Set(['talks', 'notes']),
  ...overrides,
})

const site = (documents: Partial<SiteDocuments>, overrides?: Partial<SiteInputs>) =>
  buildSite({ profile, talks: [], caseStudies: [], notes: [], ...documents }, inputs(overrides))

const problemsOf = (build: () => unknown) => {
  try {
    build()
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => `${p.file}: ${p.field ?? ''}: ${p.message}`)
    throw error
  }
  return []
}

test('lists are newest first, and pages of the same date are in title order', () => {
  const { caseStudies } = site({
    caseStudies: [
      doc('content/case-studies/b.md', { title: 'Beta', description: 'b', date: '2024-05-01' }),
      doc('content/case-studies/old.md', { title: 'Old', description: 'o', date: '2019-01-01' }),
      doc('content/case-studies/a.md', { title: 'Alpha', description: 'a', date: '2024-05-01' }),
    ],
  })
  assert.deepEqual(caseStudies.map((c) => c.title), ['Alpha', 'Beta', 'Old'])
})

test('a draft is left out of every list and reported with its file', () => {
  const built = site({
    caseStudies: [
      doc('content/case-studies/done.md', { title: 'Done', description: 'd', date: '2024-05-01' }),
      doc('content/case-studies/wip.md', { title: 'WIP', description: 'w', date: '2024-06-01', draft: true }),
    ],
  })
  assert.deepEqual(built.caseStudies.map((c) => c.slug), ['done'])
  assert.deepEqual(built.report.excluded, [{ file: 'content/case-studies/wip.md', reason: 'draft: true' }])
  assert.equal(built.byUrl.has('/case-studies/wip/'), false)
})

test('a case study with publish: false is left out of every list and reported with its reason', () => {
  const built = site({
    caseStudies: [
      doc('content/case-studies/done.md', { title: 'Done', description: 'd', date: '2024-05-01' }),
      doc('content/case-studies/kept.md', { title: 'Kept', description: 'k', date: '2024-06-01', publish: false }),
    ],
  })
  assert.deepEqual(built.caseStudies.map((c) => c.slug), ['done'])
  assert.deepEqual(built.report.excluded, [{ file: 'content/case-studies/kept.md', reason: 'publish: false' }])
  assert.equal(built.byUrl.has('/case-studies/kept/'), false)
})

test('wikilinks make backlinks; a link to nothing is reported as unresolved, by file', () => {
  const built = site({
    notes: [
      doc('content/notes/Elixir.md', { tags: ['beam'] }, 'Elixir runs on the BEAM. #functional'),
      doc('content/notes/Go.md', {}, 'Unlike [[Elixir]], Go has goroutines. See [[Rust]].'),
    ],
  })
  const elixir = built.notes.find((n) => n.title === 'Elixir')
  assert.ok(elixir)
  assert.deepEqual(built.backlinks.get(elixir.url)?.map((p) => p.title), ['Go'])
  assert.deepEqual(built.report.unresolved, [{ file: 'content/notes/Go.md', links: ['Rust'] }])
  assert.deepEqual(elixir.tags.map((t) => t.slug), ['beam', 'functional'])
  assert.equal(elixir.description, 'Elixir runs on the BEAM. #functional')
  assert.deepEqual([...built.tags.keys()].sort(), ['beam', 'functional'])
})

test("a talk's events are newest first, and its speaker notes reach neither its body nor the link graph", () => {
  const built = site({
    talks: [
      doc(
        'content/talks/elixir.md',
        {
          title: 'Elixir',
          description: 'A talk',
          date: '2023-01-01',
          events: [
            { name: 'First', date: '2023-01-01' },
            { name: 'Latest', date: '2024-03-01' },
          ],
        },
        '# One\n\nNote:\nsee [[Secret]]\n\n---\n\n# Two',
      ),
    ],
  })
  const [talk] = built.talks
  assert.ok(talk)
  assert.deepEqual(talk.events.map((e) => e.name), ['Latest', 'First'])
  assert.equal(talk.body.includes('Secret'), false)
  assert.deepEqual(built.report.unresolved, [])
})

test('every problem names its file and field: two pages on one URL, a shortlink on a reserved path', () => {
  const problems = problemsOf(() =>
    site({
      talks: [
        doc('content/talks/a.md', { title: 'A', description: 'a', date: '2024-01-01', shortlink: 'notes', slides: { pdf: 'https://example.com/a.pdf' } }),
      ],
      caseStudies: [
        doc('content/case-studies/x.md', { title: 'X', description: 'x', date: '2024-01-01', slug: 'same' }),
        doc('content/case-studies/y.md', { title: 'Y', description: 'y', date: '2024-01-01', slug: 'same' }),
      ],
    }),
  )
  assert.deepEqual(problems, [
    'content/case-studies/y.md: slug: has the URL /case-studies/same/, as content/case-studies/x.md does; rename one or set "slug"',
    'content/talks/a.md: shortlink: "notes" is one of the site\'s own paths',
  ])
})

test('a Markdown image of public/ that is not there is reported as missing', () => {
  const built = site(
    { notes: [doc('content/notes/Pics.md', {}, '![a](/images/there.png) ![b](/images/gone.png)')] },
    { publicFileExists: (file) => file.endsWith('there.png') },
  )
  assert.deepEqual(built.report.missingImages, [{ file: 'content/notes/Pics.md', images: ['/images/gone.png'] }])
})

test('same-named notes in different folders build: a unique name keeps its short URL, shared ones gain their folders', () => {
  const built = site({
    notes: [
      doc('content/notes/Obsidian Sync/Security and privacy.md', {}, 'Sync.'),
      doc('content/notes/Obsidian Publish/Security and privacy.md', {}, 'Publish.'),
      doc('content/notes/Security and privacy.md', {}, 'Top.'),
      doc('content/notes/Obsidian Sync/Plans.md', {}, 'See [[Obsidian Publish/Security and privacy]], [[Security and privacy]].'),
    ],
  })
  const urls = Object.fromEntries(built.notes.map((note) => [note.file, note.url]))
  assert.deepEqual(urls, {
    'content/notes/Obsidian Sync/Security and privacy.md': '/notes/obsidian-sync/security-and-privacy/',
    'content/notes/Obsidian Publish/Security and privacy.md': '/notes/obsidian-publish/security-and-privacy/',
    'content/notes/Security and privacy.md': '/notes/security-and-privacy/',
    'content/notes/Obsidian Sync/Plans.md': '/notes/plans/',
  })
  assert.deepEqual(built.backlinks.get('/notes/obsidian-publish/security-and-privacy/')?.map((ref) => ref.url), ['/notes/plans/'])
  assert.deepEqual(built.backlinks.get('/notes/security-and-privacy/')?.map((ref) => ref.url), ['/notes/plans/'])
  assert.equal(built.backlinks.get('/notes/obsidian-sync/security-and-privacy/'), undefined)
})

test('two notes of one folder whose names slugify alike, or a folder named "page", are errors naming the files', () => {
  assert.deepEqual(
    problemsOf(() =>
      site({ notes: [doc('content/notes/a/Go lang.md', {}, 'x'), doc('content/notes/a/Go-lang.md', {}, 'y'), doc('content/notes/Page/Go lang.md', {}, 'z')] }),
    ),
    [
      'content/notes/Page/Go lang.md: slug: has the URL /notes/page/go-lang/, which the notes list\'s pages use; rename its folder or set "slug"',
      'content/notes/a/Go-lang.md: slug: has the URL /notes/a/go-lang/, as content/notes/a/Go lang.md does; rename one or set "slug"',
    ],
  )
})

test('a permalink serves the note at the site root; shared permalinks gain their leading folders; the /notes/ URL and aliases redirect', () => {
  const built = site({
    notes: [
      doc('content/notes/en/Callouts.md', { permalink: 'callouts', aliases: ['Boxes'] }, 'x'),
      doc('content/notes/th/Callouts.md', { permalink: 'callouts' }, 'y'),
      doc('content/notes/Web Clipper/Intro.md', { permalink: '/web-clipper/intro/', aliases: ['Intro', 'Web Clipper'] }, 'z'),
    ],
  })
  const byFile = new Map(built.notes.map((note) => [note.file, note]))
  assert.equal(byFile.get('content/notes/en/Callouts.md')?.url, '/en/callouts/')
  assert.equal(byFile.get('content/notes/th/Callouts.md')?.url, '/th/callouts/')
  assert.equal(byFile.get('content/notes/Web Clipper/Intro.md')?.url, '/web-clipper/intro/')
  assert.deepEqual(byFile.get('content/notes/en/Callouts.md')?.redirectsFrom, ['/notes/en/callouts/', '/notes/boxes/'])
  assert.deepEqual(byFile.get('content/notes/th/Callouts.md')?.redirectsFrom, ['/notes/th/callouts/'])
  // The alias "Intro" slugifies to the note's own /notes/ URL, which already redirects: one redirect.
  assert.deepEqual(byFile.get('content/notes/Web Clipper/Intro.md')?.redirectsFrom, ['/notes/intro/', '/notes/web-clipper/'])
  assert.equal(built.byUrl.get('/en/callouts/')?.file, 'content/notes/en/Callouts.md')
})

test('a home permalink "/" shared by a folder per language gives each language its folder: /en/, /th/', () => {
  const built = site({ notes: [doc('content/notes/en/Home.md', { permalink: '/' }, 'x'), doc('content/notes/th/Home.md', { permalink: '/' }, 'y')] })
  assert.deepEqual(built.notes.map((note) => note.url).sort(), ['/en/', '/th/'])
  assert.deepEqual(built.report.unusedPermalinks, [])
})

test("an alias never redirects over a page or another note's redirect", () => {
  const built = site({
    notes: [doc('content/notes/Go.md', { aliases: ['Elixir', 'Golang'] }, 'x'), doc('content/notes/Elixir.md', { aliases: ['golang'] }, 'y')],
  })
  const byFile = new Map(built.notes.map((note) => [note.file, note]))
  // Files in their order: Elixir.md's alias takes /notes/golang/ first.
  assert.deepEqual(byFile.get('content/notes/Elixir.md')?.redirectsFrom, ['/notes/golang/'])
  assert.deepEqual(byFile.get('content/notes/Go.md')?.redirectsFrom, [])
})

test("a permalink that is a talk's shortlink, or shared by two notes of one folder, is an error naming file and field", () => {
  const problems = problemsOf(() =>
    site({
      talks: [doc('content/talks/a.md', { title: 'A', description: 'a', date: '2024-01-01', shortlink: 'elixir', slides: { pdf: 'https://example.com/a.pdf' } })],
      notes: [
        doc('content/notes/B.md', { permalink: 'elixir' }, 'x'),
        doc('content/notes/D.md', { permalink: 'same' }, 'x'),
        doc('content/notes/E.md', { permalink: 'same' }, 'x'),
      ],
    }),
  )
  assert.deepEqual(problems, [
    'content/notes/B.md: permalink: "elixir" is the shortlink of content/talks/a.md',
    'content/notes/E.md: permalink: has the URL /same/, as content/notes/D.md does; rename one or set "permalink"',
  ])
})

test("a permalink on the home page or one of the site's own paths leaves the note at its /notes/ URL, and the report says so", () => {
  const built = site(
    { notes: [doc('content/notes/Home.md', { permalink: '/' }, 'x'), doc('content/notes/Tags.md', { permalink: 'tags' }, 'y'), doc('content/notes/Start.md', { permalink: 'index' }, 'z')] },
    { reservedPaths: new Set(['notes', 'tags']) },
  )
  assert.deepEqual(built.notes.map((note) => note.url).sort(), ['/notes/home/', '/notes/start/', '/notes/tags/'])
  assert.deepEqual(built.report.unusedPermalinks, [
    { file: 'content/notes/Home.md', permalink: '/', reason: "the site's home page is the profile; served at its /notes/ URL" },
    { file: 'content/notes/Start.md', permalink: 'index', reason: "/index/ is one of the site's own paths; served at its /notes/ URL" },
    { file: 'content/notes/Tags.md', permalink: 'tags', reason: "/tags/ is one of the site's own paths; served at its /notes/ URL" },
  ])
})

test("a note that is not published never stops the build: its problems are the report's warnings", () => {
  const built = site(
    {
      notes: [
        doc('content/notes/Private.md', { created: 'someday' }, 'Private.'),
        doc('content/notes/Draft.md', { created: 'later', draft: true }, 'Draft.'),
        doc('content/notes/Public.md', { publish: true }, 'Public.'),
      ],
    },
    { publish: { mode: 'marked', because: 'a vault' } },
  )
  assert.deepEqual(built.notes.map((n) => n.title), ['Public'])
  assert.deepEqual(built.report.warnings.map((w) => `${w.file}: ${w.field}`), ['content/notes/Draft.md: created', 'content/notes/Private.md: created'])
  // Published, the same bad date stops the build.
  assert.deepEqual(problemsOf(() => site({ notes: [doc('content/notes/Private.md', { created: 'someday' })] })).length, 1)
})

test('a headshot named as a file of public/ that is not there stops the build, naming the field; a URL is not checked', () => {
  const withHeadshots = doc('content/profile.md', {
    name: 'Ada Speaker',
    headshots: [{ image: '/images/there.jpg' }, { image: 'https://cdn.example.org/ada.jpg' }, { image: '/images/gone%20away.jpg' }],
  })
  assert.deepEqual(
    problemsOf(() => site({ profile: withHeadshots }, { publicFileExists: (file) => file === 'public/images/there.jpg' })),
    ['content/profile.md: headshots[2].image: no file public/images/gone away.jpg (a path starting with "/" is a file under public/)'],
  )
})

test("a talk's PDF in the content folder is published for its download link, though no body links it", () => {
  const built = site(
    { talks: [doc('content/talks/a.md', { title: 'A', description: 'a', date: '2024-01-01', slides: { pdf: '[[Handout.pdf]]' } }, '# One')] },
    { files: { documents: [], attachments: ['talks/decks/Handout.pdf', 'talks/unused.pdf'], unknown: [], ignored: [] } },
  )
  assert.equal(built.talks[0]!.deck.pdf, '/attachments/handout.pdf')
  assert.deepEqual(built.attachments.map((a) => a.file), ['content/talks/decks/Handout.pdf'])
})
