import { useCallback, useEffect, useRef, useState } from 'react'
import type { SlideMessage } from '@/components/slides/use-slide-channel'
import { slideOfHash } from '@/lib/browser/slide-navigation'
import { slideAtTime, slideStarts } from '@/lib/browser/slide-times'
import type { RecordingPlayer, RecordingReport } from './recording-player'

/**
 * Keeps the deck and the recording in step through the deck's BroadcastChannel (the one the slide
 * viewer and the presenter view share, components/slides/use-slide-channel.ts): while the recording
 * plays, a slide whose time has come is sent to the deck; a move of the deck while it plays seeks
 * the recording to that slide's start. The viewer itself needs no change for it.
 *
 * Only moves are followed, in both directions: after the visitor moves to a slide without a time of
 * its own, the recording plays on from the timed slide before it and the deck stays where it is.
 */
export function useDeckSync(channelName: string, times: readonly (number | undefined)[]) {
  const [slide, setSlide] = useState(1)
  const channel = useRef<BroadcastChannel | null>(null)
  const player = useRef<RecordingPlayer | null>(null)
  const playing = useRef(false)
  /** The slide the recording was last at: a new one is a move for the deck to follow. */
  const followed = useRef<number | null>(null)
  const starts = slideStarts(times)
  // Slides after the talk's own (the closing "Slides & sources" slide) start where the last one does.
  const startOf = (n: number) => starts[Math.min(n, starts.length) - 1] ?? 0

  const seekTo = useRef<(n: number) => void>(() => {})
  seekTo.current = (n: number) => {
    const seconds = startOf(n)
    followed.current = slideAtTime(times, seconds)
    player.current?.seek(seconds)
  }

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const own = new BroadcastChannel(channelName)
    channel.current = own
    own.onmessage = (event: MessageEvent<SlideMessage>) => {
      const message = event.data
      if (message?.type !== 'slide' || typeof message.slide !== 'number') return
      setSlide(message.slide)
      // A move to a slide after the talk's own leaves the recording playing where it is.
      if (playing.current && message.slide !== followed.current && message.slide <= times.length) seekTo.current(message.slide)
    }
    // The deck opened at #slide-N shows that slide (the viewer keeps the URL on the slide it shows,
    // and says nothing of its first one); a viewer already there also answers a hello with it.
    const opened = slideOfHash(window.location.hash, times.length + 1)
    if (opened) setSlide(opened)
    own.postMessage({ type: 'hello' } satisfies SlideMessage)
    return () => {
      own.close()
      channel.current = null
    }
  }, [channelName, times.length])

  const onReport = useCallback(
    ({ seconds, playing: nowPlaying }: RecordingReport) => {
      if (nowPlaying !== undefined) playing.current = nowPlaying
      if (!playing.current || seconds === undefined) return
      const at = slideAtTime(times, seconds)
      if (at === followed.current) return
      followed.current = at
      setSlide(at)
      channel.current?.postMessage({ type: 'slide', slide: at } satisfies SlideMessage)
    },
    [times],
  )
  const onPlayer = useCallback((loaded: RecordingPlayer) => {
    player.current = loaded
  }, [])

  /** Plays the recording from the deck's slide; false when there is no player yet to play it. */
  const playFrom = (n: number) => {
    if (!player.current) return false
    seekTo.current(n)
    player.current.play()
    return true
  }
  /** The recording will start (once loaded) at slide n: what it plays is not a move of the deck. */
  const startingAt = (n: number) => {
    followed.current = slideAtTime(times, startOf(n))
    return startOf(n)
  }

  return { slide, startOf, onReport, onPlayer, playFrom, startingAt }
}
