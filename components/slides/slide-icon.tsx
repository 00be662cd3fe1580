export type SlideIconProps = { name: 'previous' | 'next' | 'enter-fullscreen' | 'exit-fullscreen' | 'link' | 'copied' | 'share' }

const PATHS: Record<SlideIconProps['name'], string> = {
  previous: 'M15 18l-6-6 6-6',
  next: 'M9 18l6-6-6-6',
  'enter-fullscreen': 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
  'exit-fullscreen': 'M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5',
  link: 'M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1',
  copied: 'M5 12l5 5L20 7',
  share: 'M12 3v12M7 8l5-5 5 5M5 14v5a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-5',
}

/** The viewer's few icons, inline, so they cost no request. */
export function SlideIcon({ name }: SlideIconProps) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d={PATHS[name]} />
    </svg>
  )
}
