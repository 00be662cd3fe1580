'use client'

import { useCopy } from '@/components/site/use-copy'

export type CopyLinkButtonProps = { url: string }

/**
 * Copies the talk's URL. The readonly field beside it is the fallback: it works without
 * JavaScript, and where the Clipboard API is refused (insecure origin, denied permission).
 */
export function CopyLinkButton({ url }: CopyLinkButtonProps) {
  const { state, copy } = useCopy(url)
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
      <label className="sr-only" htmlFor="share-url">
        The talk&apos;s link
      </label>
      <input
        id="share-url"
        type="url"
        readOnly
        value={url}
        onFocus={(event) => event.currentTarget.select()}
        className="min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 py-2 font-mono text-sm text-zinc-800 focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      />
      <button
        type="button"
        onClick={copy}
        className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500"
      >
        {state === 'copied' ? 'Copied' : 'Copy link'}
      </button>
      <span role="status" className="sr-only">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Could not copy: select the link and copy it' : ''}
      </span>
    </div>
  )
}
