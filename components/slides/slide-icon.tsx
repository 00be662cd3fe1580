export type SlideIconProps = { name: 'previous' | 'next' | 'enter-fullscreen' | 'exit-fullscreen' }

const PATHS: Record<SlideIconProps['name'], string> = {
  previous: 'M15 18l-6-6 6-6',
  next: 'M9 18l6-6-6-6',
  'enter-fullscreen': 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
  'exit-fullscreen': 'M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5',
}

/** The viewer's few icons, inline, so they cost no request. */
export function SlideIcon({ name }: SlideIconProps) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d={PATHS[name]} />
    </svg>
  )
}
