import { readFileSync } from 'node:fs'
import path from 'node:path'
import { cacheKey, writeFileAtomically } from './files'

/**
 * Rendered Markdown, kept between builds. A body's HTML depends on its text and options (the key)
 * and on the answers of the resolvers it asked while rendering: what a wikilink points at, an
 * image's size, a tag's URL. Those answers depend on the rest of the site, so they are not in the
 * key: each entry records the questions asked and their answers, and is reused only when asking
 * them again now gives the same answers. Editing one note thus re-renders that note and the pages
 * whose links to it changed (a renamed title), not the whole site.
 */

/** One question a render asked of a resolver, and the answer, as JSON. */
export type Question = { resolver: string; args: string; answer: string }
export type CachedRender = { questions: Question[]; html: string }

// A value as JSON, functions and Maps included (footnoteSources is a Map; functions are resolvers).
const json = (value: unknown) =>
  JSON.stringify(value, (_, v: unknown) => (v instanceof Map ? [...v] : typeof v === 'function' ? 'fn' : v)) ?? 'undefined'

/**
 * The options with each function wrapped so that every call is recorded in `questions`; the rest
 * of the options (plain values) belong in the cache key.
 */
export function recordQuestions<O extends object>(options: O): { options: O; questions: Question[] } {
  const questions: Question[] = []
  const wrapped = Object.fromEntries(
    Object.entries(options).map(([name, value]) => {
      if (typeof value !== 'function') return [name, value]
      const fn = value as (...args: unknown[]) => unknown
      return [name, (...args: unknown[]) => {
        const answer = fn(...args)
        questions.push({ resolver: name, args: json(args), answer: json(answer) })
        return answer
      }]
    }),
  ) as O
  return { options: wrapped, questions }
}

/** True when each recorded question, asked again of `options`' resolvers, gets the same answer. */
export function sameAnswers(questions: readonly Question[], options: object): boolean {
  const resolvers = options as Record<string, unknown>
  return questions.every((q) => {
    const fn = resolvers[q.resolver]
    return typeof fn === 'function' && json(fn(...(JSON.parse(q.args) as unknown[]))) === q.answer
  })
}

export type RenderStore = {
  read: (key: string) => CachedRender | undefined
  write: (key: string, entry: CachedRender) => void
}

/** Entries as JSON files in `folder` (written atomically, so no worker reads half a file). */
export function fileStore(folder: string): RenderStore {
  return {
    read: (key) => {
      try {
        return JSON.parse(readFileSync(path.join(folder, `${key}.json`), 'utf8')) as CachedRender
      } catch {
        return undefined
      }
    },
    write: (key, entry) => writeFileAtomically(path.join(folder, `${key}.json`), JSON.stringify(entry)),
  }
}

/**
 * `render(source, options)`, or the HTML stored for the same source, options and renderer
 * (`renderer`: whatever identifies the rendering code, e.g. a hash of its files and versions)
 * when its recorded questions still get the same answers.
 */
export async function cachedRender<O extends object>(
  store: RenderStore,
  renderer: string,
  source: string,
  options: O,
  render: (source: string, options: O) => Promise<string>,
): Promise<string> {
  const key = cacheKey({ renderer, source, options: json(options) })
  const stored = store.read(key)
  if (stored && sameAnswers(stored.questions, options)) return stored.html
  const recording = recordQuestions(options)
  const html = await render(source, recording.options)
  store.write(key, { questions: recording.questions, html })
  return html
}
