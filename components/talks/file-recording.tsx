'use client'

import { useEffect, useRef } from 'react'
import type { RecordingProps } from './recording-player'

/** A video file of the site's own, in the browser's player, started at `start`. */
export function FileRecording({ src, title, start, onPlayer, onReport }: RecordingProps) {
  const video = useRef<HTMLVideoElement>(null)

  useEffect(() => {
    const element = video.current
    if (!element) return
    onPlayer({
      seek: (seconds) => {
        element.currentTime = seconds
      },
      play: () => void element.play().catch(() => {}),
    })
    // The click that loaded the player lets it start with sound; a browser that still refuses
    // leaves the player's own controls to the visitor.
    element.currentTime = start
    void element.play().catch(() => {})
    // Once, when the player appears: later starts are seeks, through the player given to onPlayer.
  }, [])

  const report = () => {
    const element = video.current
    if (element) onReport({ seconds: element.currentTime, playing: !element.paused && !element.ended })
  }
  return (
    <video
      ref={video}
      src={src}
      title={title}
      controls
      playsInline
      preload="metadata"
      className="absolute inset-0 h-full w-full bg-black"
      onTimeUpdate={report}
      onPlay={report}
      onPause={report}
      onSeeked={report}
      onEnded={report}
    />
  )
}
