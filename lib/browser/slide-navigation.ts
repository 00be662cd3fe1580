/**
 * What the slide viewer and the presenter view do with a key or a URL fragment, as pure functions
 * so they can be tested without a browser (components/slides/ only wires them to the DOM).
 */

export type SlideAction = 'next' | 'previous' | 'first' | 'last'

export type KeyInput = {
  key: string
  shiftKey: boolean
  altKey: boolean
  ctrlKey: boolean
  metaKey: boolean
}

export type KeyContext = {
  /** The key was pressed with focus inside the deck (the viewer, or anywhere on the presenter page). */
  inDeck: boolean
  /** Focus is on the page itself (document.body): arrows may move slides, nothing else. */
  onBody: boolean
  /** Focus is on a control whose Space/Enter the browser must keep (button, link, summary). */
  onControl: boolean
  /** Focus is where people type (input, textarea, select, contenteditable): keys are theirs. */
  typing: boolean
}

/**
 * The slide action of a key press, or null to leave the key to the browser. Arrows work on the
 * page and in the deck; Space, Page Up/Down, Home and End only in the deck, so that elsewhere they
 * still scroll the page.
 */
export function slideActionOfKey(input: KeyInput, context: KeyContext): SlideAction | null {
  if (input.altKey || input.ctrlKey || input.metaKey || context.typing) return null
  if (!context.inDeck && !context.onBody) return null
  if (input.key === 'ArrowRight' || input.key === 'ArrowLeft') {
    if (input.shiftKey) return null
    return input.key === 'ArrowRight' ? 'next' : 'previous'
  }
  if (!context.inDeck) return null
  switch (input.key) {
    case 'PageDown':
      return 'next'
    case 'PageUp':
      return 'previous'
    case 'Home':
      return 'first'
    case 'End':
      return 'last'
    case ' ':
      if (context.onControl) return null
      return input.shiftKey ? 'previous' : 'next'
    default:
      return null
  }
}

/** The slide number an action leads to, within 1..total. */
export function applySlideAction(action: SlideAction, current: number, total: number): number {
  const target = action === 'next' ? current + 1 : action === 'previous' ? current - 1 : action === 'first' ? 1 : total
  return clampSlide(target, total)
}

export const clampSlide = (slide: number, total: number) => Math.min(Math.max(1, Math.round(slide)), Math.max(1, total))

/** The slide a fragment names ("#slide-3" -> 3), or null if it names none of 1..total. */
export function slideOfHash(hash: string, total: number): number | null {
  const match = /^#slide-(\d+)$/.exec(hash)
  if (!match) return null
  const slide = Number(match[1])
  return slide >= 1 && slide <= total ? slide : null
}

export const hashOfSlide = (slide: number) => `#slide-${slide}`

/** A horizontal swipe long enough to mean "next" (to the left) or "previous" (to the right). */
export function slideActionOfSwipe(dx: number, dy: number, threshold = 40): SlideAction | null {
  if (Math.abs(dx) < threshold || Math.abs(dx) < Math.abs(dy) * 1.5) return null
  return dx < 0 ? 'next' : 'previous'
}

/** Elapsed time as the presenter's timer shows it: "4:05", "1:02:09". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = String(total % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}

/** The BroadcastChannel that keeps a talk's presenter view and audience windows on one slide. */
export const slideChannel = (slug: string) => `talk-slides:${slug}`

/**
 * The link to share for a slide of the viewer: its own page (routes.talkSlide under the talk's
 * absolute URL) for a slide that has one, else the talk page's #slide-N (the deck's closing
 * "Slides & sources" slide). Made in the browser from the talk's URL, so the page does not carry
 * one URL per slide.
 */
export function slideLinkOf(talkUrl: string, slide: number, slidePages: number): string {
  return slide >= 1 && slide <= slidePages ? `${talkUrl}slides/${slide}/` : `${talkUrl}${hashOfSlide(slide)}`
}
