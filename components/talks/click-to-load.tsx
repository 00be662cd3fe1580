'use client'

import { useState } from 'react'
import { LoadPlayerButton } from './load-player-button'

export type ClickToLoadProps = { title: string; playerUrl: string; provider: string }

/**
 * A 16:9 box that becomes the third-party player only when the visitor asks: no request leaves
 * the site before the click. Without JavaScript the server-rendered link below it works.
 */
export function ClickToLoad({ title, playerUrl, provider }: ClickToLoadProps) {
  const [loaded, setLoaded] = useState(false)
  if (loaded) {
    return (
      <iframe
        src={playerUrl}
        title={title}
        className="absolute inset-0 h-full w-full border-0"
        allow="autoplay; fullscreen; picture-in-picture; encrypted-media"
        allowFullScreen
      />
    )
  }
  return <LoadPlayerButton title={title} provider={provider} onClick={() => setLoaded(true)} />
}
