/**
 * One document shape for the build and `npm run dev`: a small vault, written here, goes through
 * both readers — the real `contentlayer2 build` with the project's contentlayer.config.ts, read as
 * the build reads it (generatedDocuments), and the files read as `npm run dev` reads them
 * (readDocument, collectDocuments) — and both must give the same documents and the same site.
 * Nothing is left out of the comparison but the site's two resolvers, which are functions: they
 * are compared by their answers to every link of the content, from every page.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const temp = mkdtempSync(path.join(tmpdir(), 'doc-shape-'))
after(() => rmSync(temp, { recursive: true, force: true }))

// A vault (its .obsidian/ folder), so that notes outside notes/ are content and notes publish when marked.
const CONTENT: Record<string, string> = {
  '.obsidian/app.json': '{}',
  'profile.md': '---\nname: Ada Speaker\nheadline: Talks about the BEAM\nlinks:\n  github: https://github.com/ada\n---\nI give talks. See [[Elixir]].\n',
  'talks/elixir.md': [
    '---',
    'title: Elixir at scale',
    'description: Elixir in production.',
    'date: 2023-12-07',
    'tags: [elixir, scaling]',
    'shortlink: elixir',
    'duration: 30',
    'events:',
    '  - name: Meetup',
    '    date: 2023-12-07',
    '    location: Berlin',
    'sources:',
    '  - title: Discord',
    '    url: https://discord.com/blog',
    '    note: How they scaled.',
    '---',
    '# Elixir at scale',
    '',
    'Intro with ![[diagram.png]].',
    '',
    '---',
    '',
    '## Slide two',
    '',
    'Links to [[Elixir]]. %%not for the audience%%',
    '',
    'Note: say hello',
    '',
  ].join('\n'),
  'talks/attachments/diagram.png': 'PNG',
  'talks/plain.md': '---\ntitle: A plain talk\ndescription: No slides.\ndate: "2024-03-01"\n---\nJust words.\n',
  'case-studies/shop.md':
    '---\ntitle: The shop\ndescription: Rebuilt a shop.\ndate: 2022-05-01\ncompany: Shop Inc\nlinks:\n  - title: Site\n    url: https://shop.example\n---\nWe rebuilt it. See [[Go]].\n',
  'notes/Elixir.md': '---\npublish: true\ntags: [beam]\nCreated time: 2024-01-02\naliases: [Elixir lang]\n---\nElixir runs on the BEAM. #functional\n',
  'notes/Sub/Go.md': '---\npublish: true\nstage: budding\n---\nUnlike [[Elixir lang|Elixir]], Go has goroutines. See [[Rust]] and [[Draft]].\n',
  'notes/Draft.md': '---\npublish: true\ndraft: true\n---\nNot yet. [[Go]]\n',
  'notes/Private.md': 'No frontmatter, not published.\n',
  'notes/Blank.md': '---\npublish: true\n---\n\n\nLeading blank lines.\n',
  'notes/Empty.md': '---\n---\nEmpty frontmatter.\n',
  'Ideas/Loose.md': '---\npublish: true\ntags: [idea]\n---\nA note in a vault folder, linking [[Go]] and [[diagram.png]].\n',
  'Ideas/Kind talk.md': '---\nkind: talk\ntitle: A talk from the vault\ndescription: It says it is one.\ndate: 2024-06-01\npublish: true\n---\nBody.\n',
  'Templates/Daily.md': '---\ndate: {{date}}\n---\n# {{title}}\n',
}

const contentDir = path.join(temp, 'vault')
for (const [file, text] of Object.entries(CONTENT)) {
  mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true })
  writeFileSync(path.join(contentDir, file), text)
}

// contentlayer writes .contentlayer/ where it runs: in a copy of the project's config beside links
// to its code, so that the project's own output is left alone.
const project = path.join(temp, 'project')
mkdirSync(project)
for (const file of ['contentlayer.config.ts', 'package.json', 'tsconfig.json']) copyFileSync(path.join(ROOT, file), path.join(project, file))
for (const folder of ['node_modules', 'lib', 'content-schema']) symlinkSync(path.join(ROOT, folder), path.join(project, folder), 'dir')
try {
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'contentlayer2'), ['build'], {
    cwd: project,
    // contentlayer takes its folder from PWD before the process's own.
    env: { ...process.env, CONTENT_DIR: contentDir, PWD: project },
    stdio: 'pipe',
  })
} catch (error) {
  rmSync(temp, { recursive: true, force: true })
  const output = error as { stdout?: Buffer; stderr?: Buffer }
  throw new Error(`contentlayer2 build failed:\n${output.stdout ?? ''}${output.stderr ?? ''}`, { cause: error })
}

// This process reads the same folder, with the same settings as contentlayer's: lib/content/source/settings.ts
// reads CONTENT_DIR as it loads, so the modules are loaded after it is set.
process.env.CONTENT_DIR = contentDir
const { generatedDocuments } = await import('./source/generated')
const { collectDocuments, readDocument, PROFILE_FILE } = await import('./source/documents')
const { scanContentFiles } = await import('./source/files')
const { contentFile, getContentSource } = await import('./source/settings')
const { siteOfDocuments } = await import('./site-of-documents')
const { scanBody } = await import('../markdown')
const { scanWikiLinks } = await import('../markdown/obsidian/wikilinks')
type ContentDocuments = import('./source/documents').ContentDocuments
type Site = import('./site').Site

/** The build's reader: contentlayer's JSON, as lib/content/index.ts reads it. */
const built = generatedDocuments(path.join(project, '.contentlayer', 'generated'))

/** The dev reader: each file of the content scan, as lib/content/source/watch.ts reads it. */
function devDocuments(): ContentDocuments {
  const source = getContentSource()
  const read = new Map(
    scanContentFiles(source.root, source.obsidianFolders).documents.map((relative) => {
      const result = readDocument(relative, readFileSync(path.join(source.root, relative), 'utf8'), contentFile(relative))
      assert.ok(result.document, `${relative}: ${result.problem?.message}`)
      return [relative, result.document] as const
    }),
  )
  const collected = collectDocuments(read, contentFile(PROFILE_FILE))
  assert.deepEqual(collected.problems, [])
  return collected.documents!
}
const dev = devDocuments()

// contentlayer's order of documents is its own; the site sorts them (lib/content/site.ts).
const byFile = (documents: ContentDocuments): ContentDocuments => {
  const sorted = (list: ContentDocuments['notes']) => [...list].sort((a, b) => a._raw.sourceFilePath.localeCompare(b._raw.sourceFilePath))
  return { ...documents, talks: sorted(documents.talks), caseStudies: sorted(documents.caseStudies), notes: sorted(documents.notes) }
}

const siteOf = (documents: ContentDocuments) => siteOfDocuments(documents, getContentSource(), scanBody)

// Every wikilink and embed of the content, and a link to each document, from every page, as the site resolves them.
const LINKS = scanWikiLinks(
  [...Object.values(CONTENT), ...Object.keys(CONTENT).map((file) => `[[${path.posix.basename(file, '.md')}]]`)].join('\n'),
)
const FROM = Object.keys(CONTENT).filter((file) => file.endsWith('.md')).map(contentFile)

/** The site as data: its two resolvers are functions, so they are compared by what they answer. */
function comparable(site: Site) {
  const { resolve, resolveImage, ...data } = site
  return {
    ...data,
    resolved: FROM.flatMap((from) => LINKS.map((link) => resolve(link, from))),
    images: FROM.map((from) => resolveImage(from, 'attachments/diagram.png')),
  }
}

test('the build reads from contentlayer exactly the documents that `npm run dev` reads from the files', () => {
  assert.deepEqual(byFile(built), byFile(dev))
  assert.deepEqual(
    [built.profile, ...built.talks, ...built.caseStudies, ...built.notes].map((doc) => doc._raw.sourceFilePath).sort(),
    Object.keys(CONTENT).filter((file) => file.endsWith('.md') && !file.startsWith('Templates/')).sort(),
  )
})

test('both readers give the same site: pages, fields, link graph, tags, attachments and report', () => {
  const fromBuild = siteOf(built)
  const fromDev = siteOf(dev)
  assert.deepEqual(comparable(fromBuild), comparable(fromDev))
  // The fixture reaches every part it is here for.
  assert.deepEqual(fromBuild.talks.map((talk) => talk.title).sort(), ['A plain talk', 'A talk from the vault', 'Elixir at scale'])
  assert.deepEqual(fromBuild.caseStudies.map((study) => study.title), ['The shop'])
  assert.ok(fromBuild.notes.some((note) => note.file === contentFile('Ideas/Loose.md')))
  assert.ok(fromBuild.report.excluded.some((left) => left.file === contentFile('notes/Draft.md')))
  assert.ok(fromBuild.tags.has('beam') && fromBuild.tags.has('elixir'))
  assert.ok([...fromBuild.backlinks.values()].some((refs) => refs.length > 0))
  assert.equal(fromBuild.attachments.length, 1)
})
