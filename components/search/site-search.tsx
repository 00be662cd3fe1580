'use client'

import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { isDev } from '@/lib/core/run-mode'
import { loadPagefind, type PagefindResultData } from './load-pagefind'
import { SearchExcerpt } from './search-excerpt'

export type SiteSearchProps = {
  /** withBasePath('/pagefind/pagefind.js'), made on the server where the base path is known. */
  scriptUrl: string
  /** withBasePath('/'): put in front of every result URL. */
  baseUrl: string
}

type Status = 'idle' | 'loading' | 'ready' | 'unavailable'

const MAX_RESULTS = 8

/** Typing "/" in a field is text, not the shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/**
 * The search box of the header and its dialog. Pagefind's runtime and index load only when the
 * dialog first opens. Without JavaScript the trigger stays hidden: it could do nothing. Until
 * hydration it keeps its place, invisible, so nothing moves when it appears.
 */
export function SiteSearch({ scriptUrl, baseUrl }: SiteSearchProps) {
  const [hydrated, setHydrated] = useState(false)
  const [status, setStatus] = useState<Status>('idle')
  const [query, setQuery] = useState('')
  // Results remember their query, so "no results" never shows while a search is still running.
  const [results, setResults] = useState<{ query: string; items: PagefindResultData[] }>({ query: '', items: [] })
  const dialogRef = useRef<HTMLDialogElement>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const titleId = useId()

  const open = useCallback(() => {
    const dialog = dialogRef.current
    if (!dialog || dialog.open) return
    dialog.showModal()
    inputRef.current?.focus()
    // `next dev` serves no index (Pagefind indexes the export): say so at once, rather than after
    // asking the dev server for a file it would first compile a 404 page to refuse.
    if (isDev()) {
      setStatus('unavailable')
      return
    }
    setStatus((current) => (current === 'idle' ? 'loading' : current))
    loadPagefind(scriptUrl, baseUrl).then(
      () => setStatus('ready'),
      () => setStatus('unavailable'),
    )
  }, [scriptUrl, baseUrl])

  useEffect(() => {
    setHydrated(true)
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return
      event.preventDefault()
      open()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [open])

  useEffect(() => {
    if (status !== 'ready') return
    const text = query.trim()
    if (!text) return
    let current = true
    loadPagefind(scriptUrl, baseUrl)
      .then((pagefind) => pagefind.debouncedSearch(text, {}, 150))
      .then(async (search) => {
        if (!search) return
        const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()))
        if (current) setResults({ query: text, items: data })
      })
      .catch(() => {
        if (current) setStatus('unavailable')
      })
    return () => {
      current = false
    }
  }, [query, status, scriptUrl, baseUrl])

  // The dialog's close event covers Escape, the close button and a click on the backdrop alike.
  const onClose = () => triggerRef.current?.focus()

  const searching = status === 'ready' && query.trim() !== '' && results.query === query.trim()

  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        onClick={open}
        aria-keyshortcuts="/"
        // Laid out from the first paint, shown once it works: appearing at hydration would push the
        // page down (CLS). `invisible` keeps its box; without scripts it takes no room at all.
        className={`${hydrated ? '' : 'invisible '}[@media(scripting:none)]:hidden inline-flex items-center gap-3 rounded-lg border border-zinc-300 px-3 py-1.5 text-sm text-zinc-600 hover:border-zinc-400 hover:text-zinc-900 dark:border-zinc-700 dark:text-zinc-300 dark:hover:text-white`}
      >
        Search
        <kbd aria-hidden="true" className="rounded border border-zinc-300 px-1.5 font-sans text-xs text-zinc-500 dark:border-zinc-600">
          /
        </kbd>
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        onClose={onClose}
        // A search input's own Escape only clears its text; Escape here always closes.
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return
          event.preventDefault()
          dialogRef.current?.close()
        }}
        onClick={(event) => {
          if (event.target === dialogRef.current) dialogRef.current.close()
        }}
        className="mx-auto mt-[10vh] w-[min(40rem,calc(100vw-2rem))] rounded-xl border border-zinc-200 bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-zinc-950/50 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <div className="flex items-center justify-between gap-4 border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
          {/* Not a heading: the dialog sits in the header, before the page's <h1>. */}
          <p id={titleId} className="text-base font-semibold">
            Search the site
          </p>
          <button
            type="button"
            onClick={() => dialogRef.current?.close()}
            className="rounded px-2 py-1 text-sm text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
          >
            Close <span className="sr-only">search</span>
          </button>
        </div>
        {/* Results follow the typing: there is nothing to submit, so no <form>. */}
        <div role="search" className="px-4 pt-4">
          <label htmlFor={`${titleId}-input`} className="sr-only">
            Search talks, case studies and notes
          </label>
          <input
            ref={inputRef}
            id={`${titleId}-input`}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder="Search talks, case studies and notes"
            autoComplete="off"
            className="w-full rounded-lg border border-zinc-300 bg-transparent px-3 py-2 text-base dark:border-zinc-700"
          />
        </div>
        <div className="max-h-[60vh] overflow-y-auto px-4 pt-3 pb-4" aria-live="polite">
          {status === 'loading' && <p className="text-sm text-zinc-500">Loading search…</p>}
          {status === 'unavailable' && (
            <p className="text-sm text-zinc-600 dark:text-zinc-300">
              {isDev()
                ? 'There is no search index in development: search works after npm run build (then npm start).'
                : 'Search could not load. Browse by tag instead.'}
            </p>
          )}
          {searching && results.items.length === 0 && <p className="text-sm text-zinc-500">No results for “{query.trim()}”.</p>}
          {searching && results.items.length > 0 && (
            <ul aria-label="Search results" className="flex flex-col gap-1">
              {results.items.map((result) => (
                <li key={result.url}>
                  <a href={result.url} className="block rounded-lg px-3 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800">
                    <span className="font-medium text-brand-700 dark:text-brand-300">{result.meta.title ?? result.url}</span>
                    <SearchExcerpt excerpt={result.excerpt} />
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </dialog>
    </>
  )
}
