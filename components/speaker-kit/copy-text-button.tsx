'use client'

import { useCallback } from 'react'
import { useCopy } from '@/components/site/use-copy'

export type CopyTextButtonProps = {
  /** The id of the element whose text is copied: the bio or abstract as the page shows it. */
  target: string
  /** What is copied, for the button's name and its status line: "short bio". */
  what: string
}

/**
 * Copies the text of the element `target` as the reader sees it (rendered Markdown: no `**`, links
 * as their words), what an organiser pastes into a programme. Without JavaScript, or where the
 * Clipboard API is refused, the text is on the page to select by hand.
 */
export function CopyTextButton({ target, what }: CopyTextButtonProps) {
  const read = useCallback(() => document.getElementById(target)?.innerText.trim() ?? '', [target])
  const { state, copy } = useCopy(read)
  return (
    <>
      <button
        type="button"
        onClick={copy}
        aria-controls={target}
        className="rounded-lg border border-zinc-300 px-3 py-1 text-sm font-semibold text-zinc-700 hover:border-brand-500 hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 dark:border-zinc-700 dark:text-zinc-200 dark:hover:border-brand-400 dark:hover:text-brand-300"
      >
        {state === 'copied' ? 'Copied' : 'Copy'}
        <span className="sr-only"> {what}</span>
      </button>
      <span role="status" className="sr-only">
        {state === 'copied' ? `${what} copied` : state === 'failed' ? `Could not copy: select the ${what} and copy it` : ''}
      </span>
    </>
  )
}
