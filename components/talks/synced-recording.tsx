'use client'

import { useState } from 'react'
import { formatTimestamp } from '@/lib/browser/slide-times'
import { FileRecording } from './file-recording'
import { LoadPlayerButton } from './load-player-button'
import { useDeckSync } from './use-deck-sync'
import { YoutubeRecording } from './youtube-recording'

export type SyncedRecordingProps = {
  kind: 'youtube' | 'file'
  title: string
  provider: string
  /** YouTube's player URL, or the file's own. */
  src: string
  /** Where each slide starts in the recording, in seconds; null where a slide gives no time. */
  times: (number | null)[]
  /** The deck's BroadcastChannel (lib/browser/slide-navigation.ts, slideChannel). */
  channel: string
  /** The 16:9 box's classes, as the other players of the page have it. */
  boxClassName: string
}

/**
 * A recording that keeps in step with the deck: loaded on a click like every player,
 * then "Play from slide N" starts it at that slide, the deck follows it while it plays and a move
 * of the deck seeks it. Loaded as its own chunk, only on talks whose slides give times.
 */
export function SyncedRecording({ kind, title, provider, src, times, channel, boxClassName }: SyncedRecordingProps) {
  const [slideTimes] = useState(() => times.map((t) => t ?? undefined))
  const { slide, startOf, onReport, onPlayer, playFrom, startingAt } = useDeckSync(channel, slideTimes)
  // null until the visitor loads the player; then the second it started at.
  const [start, setStart] = useState<number | null>(null)

  const Recording = kind === 'youtube' ? YoutubeRecording : FileRecording
  const load = (at: number) => setStart(at)
  const playFromSlide = () => {
    if (!playFrom(slide)) load(startingAt(slide))
  }

  return (
    <>
      <div className={boxClassName}>
        {start === null ? (
          <LoadPlayerButton title={title} provider={provider} onClick={() => load(0)} />
        ) : (
          <Recording src={src} title={title} start={start} onPlayer={onPlayer} onReport={onReport} />
        )}
      </div>
      <div className="flex h-10 items-center">
        <button
          type="button"
          onClick={playFromSlide}
          className="inline-flex items-center gap-2 rounded-full bg-brand-600 px-4 py-1.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500"
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" className="h-4 w-4 fill-current">
            <path d="M8 5v14l11-7z" />
          </svg>
          <span>
            Play from this slide <span className="tabular-nums font-normal">{`(slide ${slide}, ${formatTimestamp(startOf(slide))})`}</span>
          </span>
        </button>
      </div>
    </>
  )
}
