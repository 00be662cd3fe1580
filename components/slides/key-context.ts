import type { KeyContext } from '@/lib/browser/slide-navigation'

const CONTROLS = 'button, a[href], summary, select, [role="button"]'
const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])'

/** Where a key press happened, as lib/browser/slide-navigation.ts needs to know it. */
export function keyContext(target: EventTarget | null, deck: Element | null): KeyContext {
  const element = target instanceof Element ? target : null
  return {
    inDeck: Boolean(element && deck?.contains(element)),
    onBody: !element || element === document.body || element === document.documentElement,
    onControl: Boolean(element?.closest(CONTROLS)),
    typing: Boolean(element?.closest(TYPING)),
  }
}
