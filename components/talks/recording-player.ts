/** What the deck asks of a loaded recording, whichever player plays it. */
export type RecordingPlayer = { seek: (seconds: number) => void; play: () => void }

/** What a player tells about itself: where it is, and whether it is playing. */
export type RecordingReport = { seconds?: number; playing?: boolean }

export type RecordingProps = {
  src: string
  title: string
  /** Where to start, in seconds. */
  start: number
  onPlayer: (player: RecordingPlayer) => void
  onReport: (report: RecordingReport) => void
}
