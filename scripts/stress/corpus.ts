/**
 * The stress corpus of `npm run stress` (scripts/stress.ts) and e2e/stress.spec.ts: thousands of
 * notes that are valid but awkward, and a handful of files that are not. Deterministic: the same
 * size gives the same files.
 *
 * Good: notes nested up to six folders deep, a web of [[wikilinks]] (a chain through every note,
 * random links, heading links, aliases), many notes sharing one title, empty files, lines of 100 000
 * characters, Cyrillic, Chinese, Arabic and Hebrew (right-to-left) text and filenames, emoji in
 * filenames, titles and tags, byte-order marks and Windows line endings; talks with slides and
 * footnotes; case studies.
 * Bad: one file per kind of mistake the build must name.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { random } from '../bench/synthetic-content'

const SCRIPTS = [
  { name: 'Заметка', text: 'Съешь же ещё этих мягких французских булок, да выпей чаю.' },
  { name: '笔记', text: '我能吞下玻璃而不伤身体。分布式系统的故障恢复。' },
  { name: 'ملاحظة', text: 'أنا قادر على أكل الزجاج و هذا لا يؤلمني. النظام الموزع.' },
  { name: 'הערה', text: 'אני יכול לאכול זכוכית וזה לא מזיק לי. מערכת מבוזרת.' },
  { name: '🚀 Launch', text: 'Shipping 🚢 with emoji 👩🏽‍💻 and flags 🇫🇷 and ZWJ 👨‍👩‍👧.' },
  { name: 'Plain note', text: 'Supervisors restart processes; the mailbox keeps the messages.' },
]

const DUPLICATE_TITLE = 'Meeting notes'

export type StressCorpus = { notes: number; talks: number; caseStudies: number; files: number }

/** Writes `notes` good notes (plus a few talks and case studies) under contentDir. */
export function writeStressCorpus(contentDir: string, notes: number, seed = 7): StressCorpus {
  const rand = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!
  let files = 0
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true })
    writeFileSync(path.join(contentDir, file), text)
    files++
  }
  const names = Array.from({ length: notes }, (_, i) => `${SCRIPTS[i % SCRIPTS.length]!.name} ${i}`)
  const folder = (i: number) => ['notes', 'stress', ...Array.from({ length: i % 7 }, (_, d) => `level ${d} ${SCRIPTS[(i + d) % SCRIPTS.length]!.name}`)].join('/')

  for (let i = 0; i < notes; i++) {
    const file = `${folder(i)}/${names[i]}.md`
    if (i % 97 === 13) {
      write(file, '')
      continue
    }
    const script = SCRIPTS[i % SCRIPTS.length]!
    const links = [
      `[[${names[(i + 1) % notes]}]]`,
      ...Array.from({ length: 4 }, () => `[[${pick(names)}]]`),
      `[[${pick(names)}#Section|a heading elsewhere]]`,
      `[[alias of ${(i + 7) % notes}]]`,
      `[[${DUPLICATE_TITLE}]]`,
    ]
    const frontmatter = [
      '---',
      i % 5 === 0 ? `title: ${DUPLICATE_TITLE}` : `title: "${script.name} ${i} ✨"`,
      `aliases: [alias of ${i}]`,
      `tags: [stress, ${script.name.toLowerCase()}, "emoji 🎉"]`,
      `created: 2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
      i % 3 === 0 ? 'Development: seedling' : 'stage: evergreen',
      '---',
    ].join('\n')
    const body = [
      `${script.text} ${script.text}`,
      '',
      '## Section',
      '',
      `Links: ${links.join(', ')}. #stress`,
      '',
      i % 41 === 0 ? `${'x'.repeat(50_000)} ${'long-word-'.repeat(5_000)}` : `Mixed direction: English then ${SCRIPTS[2]!.text} then English.`,
    ].join('\n')
    let text = `${frontmatter}\n${body}\n`
    if (i % 11 === 0) text = text.replace(/\n/g, '\r\n')
    if (i % 13 === 0) text = `\uFEFF${text}`
    write(file, text)
  }

  const talks = Math.max(1, Math.round(notes / 50))
  for (let t = 0; t < talks; t++) {
    const slides = Array.from({ length: 20 }, (_, s) => `## Slide ${s} ${pick(SCRIPTS).name}\n\n${pick(SCRIPTS).text}[^f${s}]\n\n[^f${s}]: Source ${s}, https://example.com/${t}/${s}\n\nNote:\nSpeaker note ${s}.`)
    write(
      `talks/stress talk ${t}.md`,
      `---\ntitle: "Stress talk ${t} ${pick(SCRIPTS).name}"\ndescription: A generated talk.\ndate: 2024-02-01\ntags: [stress]\nevents:\n  - name: Meetup ${t}\n    date: 2024-02-01\n---\n${slides.join('\n\n---\n\n')}\n`,
    )
  }
  const caseStudies = Math.max(1, Math.round(notes / 100))
  for (let c = 0; c < caseStudies; c++) {
    write(`case-studies/stress case ${c}.md`, `---\ntitle: Stress case study ${c}\ndescription: A generated case study.\ndate: 2024-03-01\n---\n${pick(SCRIPTS).text} [[${pick(names)}]]\n`)
  }
  return { notes, talks, caseStudies, files }
}

/** One bad file per mistake, relative to content/; each must be named by the build's error. */
export const BAD_FILES: Record<string, string> = {
  'notes/stress-bad/broken yaml.md': '---\ntitle: [unclosed\n---\nA note.\n',
  'notes/stress-bad/bad date.md': '---\ncreated: 2023-13-45\n---\nA note.\n',
  'talks/stress-bad-no-title.md': '---\ndescription: One sentence.\ndate: 2024-01-01\n---\n# A slide\n',
  'talks/stress-bad-url.md': '---\ntitle: A talk\ndescription: One sentence.\ndate: 2024-01-01\nsources:\n  - title: A source\n    url: javascript:alert(1)\n---\n# A slide\n',
  'case-studies/stress-bad-field.md': '---\ntittle: A case study\ntitle: A case study\ndescription: One sentence.\ndate: 2024-01-01\n---\nProse.\n',
  'notes/stress-bad/stray.txt': 'Not content.\n',
  // Two names of one folder with one slug (one name in two folders builds: each gains its folder).
  'notes/stress-bad/a/Clash note.md': 'One note.\n',
  'notes/stress-bad/a/clash-note.md': 'Another note.\n',
}

export function writeBadFiles(contentDir: string): string[] {
  for (const [file, text] of Object.entries(BAD_FILES)) {
    mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true })
    writeFileSync(path.join(contentDir, file), text)
  }
  return Object.keys(BAD_FILES)
}
