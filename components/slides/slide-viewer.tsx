'use client'

import { useCallback, useEffect, useRef, useState, type PointerEvent, type ReactNode } from 'react'
import {
  applySlideAction,
  clampSlide,
  hashOfSlide,
  slideActionOfKey,
  slideActionOfSwipe,
  slideLinkOf,
  slideOfHash,
  type SlideAction,
} from '@/lib/browser/slide-navigation'
import { keyContext } from './key-context'
import { SlideButton } from './slide-button'
import { SlideIcon } from './slide-icon'
import { SlideLinkControls } from './slide-link-controls'
import { SlideStepControls } from './slide-step-controls'
import { useActiveSlide } from './use-active-slide'
import { useSlideChannel } from './use-slide-channel'
import './slide-viewer.css'

export type SlideViewerProps = {
  total: number
  /** BroadcastChannel name shared with the presenter view of the same talk. */
  channel: string
  /** The talk's presenter view; none in an embedded deck. */
  presenterHref?: string
  /** The slide shown first when the URL names none: a slide's own page opens at its slide. */
  initialSlide?: number
  /** "Copy link to this slide": the talk's absolute URL, how many slides have a page, its title. */
  slideLink?: { talkUrl: string; pages: number; title: string }
  /** The server-rendered slide list (components/slides/slide-list.tsx): shown one slide at a time. */
  children: ReactNode
}

/**
 * Turns the server-rendered list of slides into a 16:9 viewer, one slide at a time. Without
 * JavaScript, and in print, slide-viewer.css leaves the whole list on the page. The viewer never
 * scrolls the page or moves focus: the URL follows with replaceState, not location.hash.
 */
export function SlideViewer({ total, channel, presenterHref, initialSlide = 1, slideLink, children }: SlideViewerProps) {
  const viewer = useRef<HTMLDivElement>(null)
  const stack = useRef<HTMLDivElement>(null)
  const current = useRef(initialSlide)
  const swipe = useRef<{ id: number; x: number; y: number } | null>(null)
  const [slide, setSlide] = useState(initialSlide)
  const [ready, setReady] = useState(false)
  const [fullscreen, setFullscreen] = useState(false)
  const [canFullscreen, setCanFullscreen] = useState(true)

  const show = useCallback(
    (target: number, keepHash = false) => {
      const next = clampSlide(target, total)
      current.current = next
      setSlide(next)
      if (!keepHash && window.location.hash !== hashOfSlide(next)) {
        window.history.replaceState(window.history.state, '', hashOfSlide(next))
      }
      return next
    },
    [total],
  )
  const broadcast = useSlideChannel(channel, current, show)
  const move = useCallback((target: number) => broadcast(show(target)), [broadcast, show])
  const act = useCallback((action: SlideAction) => move(applySlideAction(action, current.current, total)), [move, total])

  useActiveSlide(stack, slide)

  // The slide a fragment points at: #slide-N, or an element inside a slide (a wikilink to a
  // heading of the talk, #the-big-discord).
  const slideOfFragment = useCallback(
    (hash: string) => {
      const bySlide = slideOfHash(hash, total)
      if (bySlide || hash.length < 2) return bySlide
      const items = [...(stack.current?.querySelectorAll(':scope > ol > li') ?? [])]
      const target = document.getElementById(decodeURIComponent(hash.slice(1)))
      const index = target ? items.findIndex((item) => item.contains(target)) : -1
      return index === -1 ? null : index + 1
    },
    [total],
  )

  useEffect(() => {
    const fromHash = slideOfFragment(window.location.hash)
    if (fromHash) show(fromHash, true)
    else if (initialSlide !== 1) show(initialSlide, true)
    setReady(true)
    setCanFullscreen(document.fullscreenEnabled)
    // A #slide-N link on the page (a source's "slide 8") is a move the other windows follow.
    const onHashChange = () => {
      const target = slideOfFragment(window.location.hash)
      if (target) broadcast(show(target, true))
    }
    const onKeyDown = (event: KeyboardEvent) => {
      const action = slideActionOfKey(event, keyContext(event.target, viewer.current))
      if (!action) return
      event.preventDefault()
      act(action)
    }
    const onFullscreenChange = () => setFullscreen(document.fullscreenElement === viewer.current)
    window.addEventListener('hashchange', onHashChange)
    document.addEventListener('keydown', onKeyDown)
    document.addEventListener('fullscreenchange', onFullscreenChange)
    return () => {
      window.removeEventListener('hashchange', onHashChange)
      document.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('fullscreenchange', onFullscreenChange)
    }
  }, [slideOfFragment, show, broadcast, act, initialSlide])

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen()
    else viewer.current?.requestFullscreen().catch(() => setCanFullscreen(false))
  }

  // Swipes by touch or pen only: a mouse drag selects text, as on any page. touch-action: pan-y
  // (slide-viewer.css) lets the browser keep vertical scrolling and hand horizontal moves to us.
  const onPointerDown = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse') swipe.current = { id: event.pointerId, x: event.clientX, y: event.clientY }
  }
  const onPointerUp = (event: PointerEvent) => {
    const start = swipe.current
    swipe.current = null
    if (!start || start.id !== event.pointerId) return
    const action = slideActionOfSwipe(event.clientX - start.x, event.clientY - start.y)
    if (action) act(action)
  }

  return (
    <section
      ref={viewer}
      aria-label="Slide viewer"
      tabIndex={0}
      data-slide={slide}
      data-fullscreen={fullscreen || undefined}
      className="slide-viewer rounded-2xl"
    >
      <div
        ref={stack}
        data-ready={ready || undefined}
        className="slide-stack slide-viewer-frame"
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (swipe.current = null)}
      >
        {children}
      </div>
      <div className="slide-viewer-controls mt-3 flex items-center justify-between gap-3">
        <div className="flex items-center gap-2">
          <SlideStepControls slide={slide} total={total} onAction={act} />
        </div>
        <div
          className="slide-viewer-progress mx-2 hidden h-1 flex-1 overflow-hidden rounded-full bg-zinc-200 sm:block dark:bg-zinc-800"
          aria-hidden="true"
        >
          <div className="h-full rounded-full bg-brand-500 transition-[width] duration-200 motion-reduce:transition-none" style={{ width: `${(slide / total) * 100}%` }} />
        </div>
        <div className="flex items-center gap-3">
          {slideLink && <SlideLinkControls url={slideLinkOf(slideLink.talkUrl, slide, slideLink.pages)} title={slideLink.title} />}
          {/* Not on a phone's width, where the row has room for the slide's link and share buttons
              only; the audience's phone is no presenter's screen. */}
          {presenterHref && (
            <a
              href={presenterHref}
              rel="nofollow"
              className="slide-viewer-presenter hidden rounded text-xs sm:inline text-zinc-500 underline-offset-4 hover:text-brand-700 hover:underline dark:text-zinc-400 dark:hover:text-brand-300"
            >
              Presenter view
            </a>
          )}
          {/* Where full screen is not offered (iPhone Safari, some embedded browsers) the button keeps
              its box, invisible and out of the tab order, so the controls do not move (CLS 0). */}
          <span className={canFullscreen ? 'contents' : 'invisible'} aria-hidden={canFullscreen ? undefined : true}>
            <SlideButton label={fullscreen ? 'Exit full screen' : 'Full screen'} onClick={toggleFullscreen}>
              <SlideIcon name={fullscreen ? 'exit-fullscreen' : 'enter-fullscreen'} />
            </SlideButton>
          </span>
        </div>
      </div>
    </section>
  )
}
