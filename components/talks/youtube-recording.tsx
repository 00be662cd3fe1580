'use client'

import { useEffect, useRef, useState } from 'react'
import { readYoutubeMessage, youtubeApiUrl, youtubeCommand, youtubeListening, YOUTUBE_PLAYER_ORIGIN } from '@/lib/browser/youtube-player'
import type { RecordingProps } from './recording-player'

/**
 * YouTube's privacy-enhanced player, driven through its postMessage protocol (lib/browser/youtube-player.ts):
 * no script of YouTube's runs in the page, and nothing is requested before the visitor's click
 * that mounts this component.
 */
export function YoutubeRecording({ src, title, start, onPlayer, onReport }: RecordingProps) {
  const frame = useRef<HTMLIFrameElement>(null)
  // The URL of the first render: a new start later is a seek, not a new player.
  const [url] = useState(() => youtubeApiUrl(src, window.location.origin, start))

  useEffect(() => {
    const post = (message: string) => frame.current?.contentWindow?.postMessage(message, YOUTUBE_PLAYER_ORIGIN)
    onPlayer({
      seek: (seconds) => post(youtubeCommand({ func: 'seekTo', args: [seconds, true] })),
      play: () => post(youtubeCommand({ func: 'playVideo', args: [] })),
    })
    // The player answers only once it has been told someone listens; until it does, say so again.
    let heard = false
    const listening = window.setInterval(() => (heard ? window.clearInterval(listening) : post(youtubeListening())), 250)
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== YOUTUBE_PLAYER_ORIGIN || event.source !== frame.current?.contentWindow) return
      const report = readYoutubeMessage(event.data)
      if (!report) return
      heard = true
      onReport({ seconds: report.currentTime, playing: report.playing })
    }
    window.addEventListener('message', onMessage)
    return () => {
      window.clearInterval(listening)
      window.removeEventListener('message', onMessage)
    }
  }, [onPlayer, onReport])

  return (
    <iframe
      ref={frame}
      src={url}
      title={title}
      className="absolute inset-0 h-full w-full border-0"
      allow="autoplay; fullscreen; picture-in-picture; encrypted-media"
      allowFullScreen
    />
  )
}
