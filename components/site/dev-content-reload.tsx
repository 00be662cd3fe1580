import type { DevContentReloadProps } from './dev-content-reload.dev'

/**
 * What the build and the static export get: nothing. In `npm run dev`, next.config.mjs resolves
 * this module to dev-content-reload.dev.tsx, the live reload and problem banner; importing that
 * client component here directly would ship its code in out/ even though it never renders there.
 */
export function DevContentReload(_props: DevContentReloadProps) {
  return null
}
