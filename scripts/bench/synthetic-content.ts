import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** A small deterministic PRNG (mulberry32), so every run generates the same corpus (here and in scripts/stress/corpus.ts). */
export function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS =
  'elixir erlang beam process supervisor genserver phoenix liveview ecto postgres scaling latency cluster node message mailbox actor fault tolerance release deploy container startup discord guild voice gateway presence pubsub websocket queue backpressure telemetry metric trace benchmark memory garbage collector scheduler'.split(' ')
const TAGS = Array.from({ length: 40 }, (_, i) => `topic ${i}`)

export type CorpusSize = { talks: number; caseStudies: number; notes: number }

/** How a total number of files splits into talks, case studies and notes. */
export function corpusSize(files: number): CorpusSize {
  const talks = Math.max(1, Math.round(files * 0.1))
  const caseStudies = Math.max(1, Math.round(files * 0.05))
  return { talks, caseStudies, notes: Math.max(1, files - talks - caseStudies - 1) }
}

/**
 * Writes a synthetic content/ folder: talks with 20-40 slides, footnotes, sources and events;
 * case studies; notes in nested folders with tags, inline #tags and a web of [[wikilinks]].
 */
export function writeSyntheticContent(contentDir: string, files: number, seed = 42): CorpusSize {
  const size = corpusSize(files)
  const rand = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ')
  const day = (i: number) => new Date(Date.UTC(2020, 0, 1 + (i % 1500))).toISOString().slice(0, 10)
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true })
    writeFileSync(path.join(contentDir, file), text)
  }

  write('profile.md', '---\nname: Bench Speaker\nheadline: Synthetic content\nlinks:\n  website: https://example.com\n---\nA generated profile.\n')

  for (let t = 0; t < size.talks; t++) {
    const slides = 20 + Math.floor(rand() * 21)
    const body = Array.from({ length: slides }, (_, s) => {
      const footnote = s % 7 === 3 ? `[^s${s}]\n\n[^s${s}]: Source ${s}, https://example.com/source/${t}/${s}` : ''
      return `## Slide ${s + 1}: ${sentence(3)}\n\n- ${sentence(8)}\n- ${sentence(6)}${footnote}\n\nNote:\n${sentence(12)}`
    }).join('\n\n---\n\n')
    write(
      `talks/talk-${t}.md`,
      `---\ntitle: Talk ${t} ${sentence(3)}\ndescription: ${sentence(14)}\ndate: ${day(t)}\ntags: [${pick(TAGS)}, ${pick(TAGS)}]\naliases: [Alias talk ${t}]\nevents:\n  - name: Meetup ${t}\n    date: ${day(t)}\n    location: City ${t % 17}\n    url: https://example.com/events/${t}\nsources:\n${Array.from({ length: 3 }, (_, i) => `  - title: Article ${i}\n    url: https://example.com/articles/${t}/${i}`).join('\n')}\n---\n${body}\n`,
    )
  }
  for (let c = 0; c < size.caseStudies; c++) {
    write(
      `case-studies/case-${c}.md`,
      `---\ntitle: Case ${c} ${sentence(2)}\ndescription: ${sentence(12)}\ndate: ${day(c)}\ntags: [${pick(TAGS)}]\n---\n${Array.from({ length: 6 }, () => sentence(40)).join('\n\n')}\n\nSee [[Talk ${c % size.talks}]] and [[Note ${c % size.notes}]].\n`,
    )
  }
  for (let n = 0; n < size.notes; n++) {
    const links = Array.from({ length: 4 }, () => `[[Note ${Math.floor(rand() * size.notes)}]]`).join(', ')
    const talk = `[[Alias talk ${Math.floor(rand() * size.talks)}]]`
    write(
      `notes/folder-${Math.floor(n / 100)}/Note ${n}.md`,
      `---\nCreated time: ${day(n)}T12:00\nDevelopment: ${pick(['Seedling', 'Budding', 'Evergreen'])}\ntags: ${pick(TAGS)}, ${pick(TAGS)}\n---\n${sentence(30)} ${links}.\n\n${sentence(50)} #${pick(WORDS)}\n\nFrom ${talk}.\n`,
    )
  }
  return size
}
