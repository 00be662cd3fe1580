'use client'

import { useCopy } from '@/components/site/use-copy'

export type EmbedCodeProps = { code: string }

/**
 * The iframe code of the talk's deck, to copy into another page. The readonly field is the
 * fallback where the Clipboard API is refused, and without JavaScript.
 */
export function EmbedCode({ code }: EmbedCodeProps) {
  const { state, copy } = useCopy(code)
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor="embed-code" className="text-sm font-medium">
        Embed the slides on your site
      </label>
      <textarea
        id="embed-code"
        readOnly
        rows={3}
        value={code}
        onFocus={(event) => event.currentTarget.select()}
        className="w-full resize-none rounded-lg border border-zinc-300 bg-white px-3 py-2 font-mono text-xs text-zinc-800 focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      />
      <button
        type="button"
        onClick={copy}
        className="self-start rounded-lg border border-brand-600 px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 dark:text-brand-300 dark:hover:bg-zinc-900"
      >
        {state === 'copied' ? 'Embed code copied' : 'Copy embed code'}
      </button>
      <span role="status" className="sr-only">
        {state === 'copied' ? 'Embed code copied' : state === 'failed' ? 'Could not copy: select the code and copy it' : ''}
      </span>
    </div>
  )
}
