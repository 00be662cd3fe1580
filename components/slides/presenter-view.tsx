'use client'

import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import type { SpeakerNote } from '@/lib/core/model'
import { applySlideAction, clampSlide, formatElapsed, slideActionOfKey, type SlideAction } from '@/lib/browser/slide-navigation'
import { keyContext } from './key-context'
import { SlideStepControls } from './slide-step-controls'
import { useActiveSlide } from './use-active-slide'
import { useSlideChannel } from './use-slide-channel'
import './slide-viewer.css'

export type PresenterViewProps = {
  total: number
  channel: string
  audienceHref: string
  /** The talk's planned length in minutes, shown next to the timer. */
  duration?: number
  /** null when this build leaves speaker notes out (lib/core/speaker-notes.ts). */
  notes: SpeakerNote[] | null
  /** Two server-rendered copies of the slide list: the current slide and the next one. */
  current: ReactNode
  next: ReactNode
}

type Timer = { runningSince: number | null; before: number }

const PANEL = 'rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900'
const BUTTON =
  'rounded-lg border border-zinc-200 bg-white px-3 py-1.5 text-sm font-semibold text-zinc-800 shadow-sm hover:border-brand-300 hover:text-brand-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:border-brand-400 dark:hover:text-brand-300'

/** The speaker's window: current and next slide, a timer, the notes; in step with the audience's. */
export function PresenterView({ total, channel, audienceHref, duration, notes, current, next }: PresenterViewProps) {
  const currentStack = useRef<HTMLDivElement>(null)
  const nextStack = useRef<HTMLDivElement>(null)
  const position = useRef(1)
  const [slide, setSlide] = useState(1)
  const [ready, setReady] = useState(false)
  const [timer, setTimer] = useState<Timer>({ runningSince: null, before: 0 })
  const [now, setNow] = useState(0)

  const show = useCallback(
    (target: number) => {
      position.current = clampSlide(target, total)
      setSlide(position.current)
      return position.current
    },
    [total],
  )
  const broadcast = useSlideChannel(channel, position, show)
  const act = useCallback(
    (action: SlideAction) => broadcast(show(applySlideAction(action, position.current, total))),
    [broadcast, show, total],
  )

  useActiveSlide(currentStack, slide)
  useActiveSlide(nextStack, slide + 1)

  useEffect(() => {
    setReady(true)
    // The whole page is the deck: a clicker's Page Down works wherever focus is.
    const onKeyDown = (event: KeyboardEvent) => {
      const action = slideActionOfKey(event, { ...keyContext(event.target, null), inDeck: true })
      if (!action) return
      event.preventDefault()
      act(action)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [act])

  useEffect(() => {
    if (timer.runningSince === null) return
    setNow(Date.now())
    const tick = window.setInterval(() => setNow(Date.now()), 250)
    return () => window.clearInterval(tick)
  }, [timer.runningSince])

  const elapsed = timer.before + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince))
  const running = timer.runningSince !== null
  const toggleTimer = () => {
    const at = Date.now()
    setNow(at)
    setTimer((t) => (t.runningSince === null ? { runningSince: at, before: t.before } : { runningSince: null, before: t.before + (at - t.runningSince) }))
  }
  const note = notes?.find((entry) => entry.slide === slide)?.notes

  return (
    <div className="xl:-mx-40">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Presenter view</h1>
        <a
          href={audienceHref}
          target="slides-audience"
          onClick={(event) => {
            event.preventDefault()
            window.open(`${audienceHref}#slide-${position.current}`, 'slides-audience')
          }}
          className="inline-flex rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
        >
          Open audience window
        </a>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="presenter-current-heading">
          <h2 id="presenter-current-heading" className="sr-only">
            Current slide
          </h2>
          <div ref={currentStack} data-ready={ready || undefined} className="slide-stack">
            {current}
          </div>
          <div className="presenter-controls mt-3 flex items-center gap-2">
            <SlideStepControls slide={slide} total={total} onAction={act} />
          </div>
        </section>
        <div className="flex flex-col gap-6">
          <section aria-labelledby="presenter-next-heading">
            <h2 id="presenter-next-heading" className="mb-2 text-sm font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
              Next slide
            </h2>
            <div ref={nextStack} data-ready={ready || undefined} className="slide-stack slide-stack-thumbnail" hidden={slide >= total}>
              {next}
            </div>
            {slide >= total && <p className={`${PANEL} text-zinc-600 dark:text-zinc-300`}>End of the deck.</p>}
          </section>
          <section aria-labelledby="presenter-timer-heading" className={PANEL}>
            <h2 id="presenter-timer-heading" className="text-sm font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
              Timer
            </h2>
            <p className="mt-1 text-4xl font-bold tabular-nums" role="timer" aria-label="Elapsed time">
              {formatElapsed(elapsed)}
              {duration && <span className="ml-2 text-base font-medium text-zinc-500 dark:text-zinc-400">of {duration} min</span>}
            </p>
            <div className="presenter-controls mt-3 flex gap-2">
              <button type="button" className={BUTTON} onClick={toggleTimer}>
                {running ? 'Pause' : elapsed > 0 ? 'Resume' : 'Start'}
              </button>
              <button type="button" className={BUTTON} onClick={() => setTimer({ runningSince: null, before: 0 })}>
                Reset
              </button>
            </div>
          </section>
          <section aria-labelledby="presenter-notes-heading" className={PANEL}>
            <h2 id="presenter-notes-heading" className="text-sm font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
              Speaker notes
            </h2>
            {notes === null ? (
              <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-300">
                Speaker notes are not included in this build. They show in <code>npm run dev</code>, or in a local build
                made with <code>SPEAKER_NOTES=1 npm run build</code> (never deploy that one).
              </p>
            ) : (
              <p className="mt-2 text-lg leading-relaxed whitespace-pre-line">{note ?? <span className="text-zinc-500">No notes for this slide.</span>}</p>
            )}
          </section>
        </div>
      </div>
    </div>
  )
}
