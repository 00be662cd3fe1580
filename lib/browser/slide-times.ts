/**
 * When each slide starts in the talk's recording ("the recording in step"). A slide of a
 * talk that has a `video` marks its start with a line of its own, `Time: 12:34` (or `1:02:03`),
 * outside code and before its `Note:`. The line is taken out of the slide's text. Pure: the
 * talk reader (lib/content/index.ts) reports the problems, the recording's player (components/talks/
 * synced-recording.tsx) maps times to slides and back.
 */
import { inCodeFence } from './code-fences'

/** A line that means to be a time: `Time:` and then digits, colons and dots only. */
const TIME_LINE = /^[ \t]{0,3}[Tt]ime:[ \t]*([\d:.]+)[ \t]*$/
const TIME = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/

/** Seconds of "12:34" or "1:02:03"; undefined for anything else ("75", "1:75", "1:2"). */
export function parseTimestamp(text: string): number | undefined {
  const match = TIME.exec(text.trim())
  if (!match) return undefined
  const [, hours = '0', minutes = '0', seconds = '0'] = match
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)
}

/** "12:34", or "1:02:03" from an hour on. */
export function formatTimestamp(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds))
  const pad = (n: number) => String(n).padStart(2, '0')
  const h = Math.floor(whole / 3600)
  const m = Math.floor((whole % 3600) / 60)
  const s = whole % 60
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`
}

export type SlideTime = { markdown: string; start?: number; problems: string[] }

/** A slide's markdown without its `Time:` line, the time it gives, and what is wrong with it. */
export function readSlideTime(markdown: string): SlideTime {
  const kept: string[] = []
  const problems: string[] = []
  let start: number | undefined
  const lines = markdown.split('\n')
  const code = inCodeFence(lines)
  for (const [i, line] of lines.entries()) {
    const value = code[i] ? undefined : TIME_LINE.exec(line)?.[1]
    if (value === undefined) {
      kept.push(line)
      continue
    }
    const seconds = parseTimestamp(value)
    if (seconds === undefined) problems.push(`"Time: ${value}" is not a time such as 12:34 or 1:02:03`)
    else if (start !== undefined) problems.push(`has two Time: lines (${formatTimestamp(start)} and ${value}); a slide starts once`)
    else start = seconds
  }
  return { markdown: kept.join('\n').trim(), start, problems }
}

/**
 * Problems of a deck's times, by slide number: each time must come after the one before it.
 * `times[i]` is slide i + 1's start, undefined where the slide gives none.
 */
export function checkSlideTimes(times: readonly (number | undefined)[]): { slide: number; message: string }[] {
  const problems: { slide: number; message: string }[] = []
  let last: { slide: number; start: number } | undefined
  times.forEach((start, i) => {
    if (start === undefined) return
    if (last && start <= last.start) {
      problems.push({
        slide: i + 1,
        message: `Time: ${formatTimestamp(start)} is not after slide ${last.slide}'s ${formatTimestamp(last.start)}: times must increase through the deck`,
      })
    }
    last = { slide: i + 1, start }
  })
  return problems
}

/**
 * Where each slide starts, for the player: a slide without a time starts where the last timed slide
 * before it does (the first slide at 0:00), so "play from this slide" always has a time.
 */
export function slideStarts(times: readonly (number | undefined)[]): number[] {
  let last = 0
  return times.map((start) => (last = start ?? last))
}

/** Whether any slide gives a time: only then does the page load the sync code. */
export const hasSlideTimes = (times: readonly (number | undefined)[]) => times.some((t) => t !== undefined)

/**
 * The slide shown at `seconds` into the recording: the last slide that gives its own time at or
 * before it (slide 1 before the first). Untimed slides are only reached through the deck.
 */
export function slideAtTime(times: readonly (number | undefined)[], seconds: number): number {
  let slide = 1
  times.forEach((start, i) => {
    if (start !== undefined && start <= seconds) slide = i + 1
  })
  return slide
}
