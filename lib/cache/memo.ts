/**
 * The one value named `name` in this process, made by `init` when first asked for. Next loads a
 * module once per route bundle, so a module-level variable exists once per copy; this one is kept
 * on globalThis under Symbol.for('speaker-site.' + name), which every copy (and every other module
 * that names it) shares.
 */
export function processGlobal<T>(name: string, init: () => T): T {
  const globals = globalThis as typeof globalThis & { [key: symbol]: T | undefined }
  return (globals[Symbol.for(`speaker-site.${name}`)] ??= init())
}

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
 * reads every talk's slides again (each save in `npm run dev` loads it anew), and parsing each
 * slide for its sources and its summary would be most of a save's time. The answers depend on
 * the text alone; callers treat them as read-only.
 */
export function memoByText<R>(name: string, fn: (text: string) => R, kept = 50_000): (text: string) => R {
  // Per process, by name: every route bundle's copy of a caller shares the answers.
  const all = processGlobal('text-memo', () => new Map<string, Map<string, unknown>>())
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
