/** The part of Pagefind's browser API (pagefind.js, written into out/pagefind/ by the build) that the search uses. */
export type PagefindResultData = { url: string; excerpt: string; meta: { title?: string } }
export type PagefindResult = { id: string; data: () => Promise<PagefindResultData> }
export type Pagefind = {
  options: (options: { baseUrl?: string; excerptLength?: number }) => Promise<void>
  init: () => Promise<void>
  /** Resolves to null when a newer search has started meanwhile. */
  debouncedSearch: (query: string, options?: object, ms?: number) => Promise<{ results: PagefindResult[] } | null>
}

let loading: Promise<Pagefind> | undefined

/**
 * Loads Pagefind's runtime from the export the first time search opens, never before. The bundlers
 * must leave this import alone: the file exists only in out/, after the build.
 * baseUrl puts the base path in front of every result URL (the index stores root paths).
 */
export function loadPagefind(scriptUrl: string, baseUrl: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ scriptUrl)) as Pagefind
    await pagefind.options({ baseUrl, excerptLength: 24 })
    await pagefind.init()
    return pagefind
  })()
  loading.catch(() => {
    loading = undefined
  })
  return loading
}
