'use client'

import { useCallback, useEffect, useState } from 'react'

export type CopyState = 'idle' | 'copied' | 'failed'

/**
 * Copies `text` with the Clipboard API and says how it went. "failed" where the API is refused
 * (an insecure origin, a denied permission): each caller keeps a readonly field or tells the visitor
 * to copy by hand. A new `text` starts over: "copied" was about the old one. `text` may be a
 * function, asked at the click, for text the page shows rather than a prop (keep it stable:
 * useCallback).
 */
export function useCopy(text: string | (() => string)): { state: CopyState; copy: () => Promise<void> } {
  const [state, setState] = useState<CopyState>('idle')
  useEffect(() => setState('idle'), [text])
  const copy = useCallback(async () => {
    try {
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text)
      setState('copied')
    } catch {
      setState('failed')
    }
  }, [text])
  return { state, copy }
}
