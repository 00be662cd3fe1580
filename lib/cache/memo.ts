/**
 * A value derived from an object, computed once per object: `memoOn(getSite, derive)` gives the
 * value for the current site, computed again only when the site is a new one (a save in
 * `npm run dev`). The key is held weakly: an old site and what was derived from it are collected.
 */
export function memoOn<K extends object, T>(key: () => K, derive: () => T): () => T {
  const memo = new WeakMap<K, T>()
  return () => {
    const current = key()
    if (!memo.has(current)) memo.set(current, derive())
    return memo.get(current) as T
  }
}

/**
 * A function of one Markdown text, remembered per text, in this process. Every load of the site
 * reads every talk's slides again (each save in `npm run dev` loads it anew): parsing each slide
 * for its sources and its summary took 4 s and 15 s of a save at 500 talks. The answers depend on
 * the text alone; callers treat them as read-only.
 */
const SHARED = Symbol.for('speaker-site.text-memo')
const shared = globalThis as typeof globalThis & { [SHARED]?: Map<string, Map<string, unknown>> }

export function memoByText<R>(name: string, fn: (text: string) => R, kept = 50_000): (text: string) => R {
  // On globalThis, by name: Next loads a module once per route bundle, and they share the answers.
  const all = (shared[SHARED] ??= new Map<string, Map<string, unknown>>())
  const answers = (all.get(name) ?? all.set(name, new Map()).get(name)) as Map<string, R>
  return (text) => {
    let answer = answers.get(text)
    if (answer === undefined) {
      // Bounded: a long `npm run dev` session sees many versions of the slides being edited.
      if (answers.size >= kept) answers.clear()
      answer = fn(text)
      answers.set(text, answer)
    }
    return answer
  }
}
