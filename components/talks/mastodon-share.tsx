'use client'

import { useId, useState, type FormEvent } from 'react'
import { mastodonInstance, mastodonShareUrl } from '@/lib/browser/share-links'

export type MastodonShareProps = { text: string; url: string }

/**
 * Share on Mastodon: there is no central site to link to, so the reader names their instance and
 * its own share page opens in a new tab. Without JavaScript the form does nothing; the other links
 * and the link to copy still work.
 */
export function MastodonShare({ text, url }: MastodonShareProps) {
  const id = useId()
  const [problem, setProblem] = useState('')
  const share = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const instance = mastodonInstance(String(new FormData(event.currentTarget).get('instance') ?? ''))
    if (!instance) {
      setProblem('Type your instance, such as mastodon.social')
      return
    }
    setProblem('')
    window.open(mastodonShareUrl(instance, text, url), '_blank', 'noopener,noreferrer')
  }
  return (
    <form onSubmit={share} className="flex flex-wrap items-center gap-2" aria-label="Share on Mastodon">
      <label htmlFor={id} className="text-sm font-semibold">
        Mastodon instance
      </label>
      <input
        id={id}
        name="instance"
        type="text"
        inputMode="url"
        autoComplete="off"
        placeholder="mastodon.social"
        aria-describedby={`${id}-problem`}
        className="min-w-0 rounded-lg border border-zinc-300 bg-white px-3 py-1.5 text-sm text-zinc-800 focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      />
      <button
        type="submit"
        className="rounded-lg border border-zinc-300 px-3 py-1.5 text-sm font-semibold hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        Share on Mastodon
      </button>
      <span id={`${id}-problem`} role="status" className="w-full text-sm text-red-700 dark:text-red-300">
        {problem}
      </span>
    </form>
  )
}
