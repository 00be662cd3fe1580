'use client'

import { useState } from 'react'

export type ClickToLoadProps = { title: string; playerUrl: string; provider: string }

/**
 * A 16:9 box that becomes the third-party player only when the visitor asks: no request leaves
 * the site before the click (issue 3). Without JavaScript the server-rendered link below it works.
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
  return (
    <button
      type="button"
      onClick={() => setLoaded(true)}
      className="group absolute inset-0 flex flex-col items-center justify-center gap-3 text-white focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-brand-500"
    >
      <span
        aria-hidden="true"
        className="flex h-16 w-16 items-center justify-center rounded-full bg-white/15 ring-2 ring-white/70 transition group-hover:scale-105 group-hover:bg-white/25"
      >
        <svg viewBox="0 0 24 24" className="ml-1 h-8 w-8 fill-current">
          <path d="M8 5v14l11-7z" />
        </svg>
      </span>
      <span className="text-lg font-semibold">{`Load ${title}`}</span>
      <span className="text-xs text-white/75">{`Loads the player from ${provider}`}</span>
    </button>
  )
}
