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
