import type { ReactNode } from 'react'

export type SlideButtonProps = { label: string; onClick: () => void; disabled?: boolean; children: ReactNode }

/**
 * A round control of the viewer. "Disabled" at the first or last slide is aria-disabled, not the
 * disabled attribute, so a keyboard user's focus stays on the button instead of falling to <body>.
 */
export function SlideButton({ label, onClick, disabled = false, children }: SlideButtonProps) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-disabled={disabled || undefined}
      onClick={disabled ? undefined : onClick}
      className="inline-flex size-10 shrink-0 items-center justify-center rounded-full border border-zinc-200 bg-white text-zinc-700 shadow-sm transition-colors hover:border-brand-300 hover:text-brand-700 aria-disabled:cursor-not-allowed aria-disabled:opacity-40 aria-disabled:hover:border-zinc-200 aria-disabled:hover:text-zinc-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:border-brand-400 dark:hover:text-brand-300"
    >
      {children}
    </button>
  )
}
