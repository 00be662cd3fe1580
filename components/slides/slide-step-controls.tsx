import type { SlideAction } from '@/lib/browser/slide-navigation'
import { SlideButton } from './slide-button'
import { SlideIcon } from './slide-icon'

export type SlideStepControlsProps = { slide: number; total: number; onAction: (action: SlideAction) => void }

/**
 * Previous, "3 / 11" and next: the steps through a deck that the viewer and the presenter view
 * share. The counter is a live region, so screen readers hear each new slide.
 */
export function SlideStepControls({ slide, total, onAction }: SlideStepControlsProps) {
  return (
    <>
      <SlideButton label="Previous slide" onClick={() => onAction('previous')} disabled={slide === 1}>
        <SlideIcon name="previous" />
      </SlideButton>
      <p aria-live="polite" aria-atomic="true" className="slide-counter min-w-16 text-center text-sm font-medium tabular-nums text-zinc-600 dark:text-zinc-300">
        {slide} / {total}
      </p>
      <SlideButton label="Next slide" onClick={() => onAction('next')} disabled={slide === total}>
        <SlideIcon name="next" />
      </SlideButton>
    </>
  )
}
