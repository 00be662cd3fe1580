/**
 * Which kind of run this is, decided from NODE_ENV alone. Both read `process.env.NODE_ENV`
 * literally, so that Next inlines it in client bundles too. They are not each other's negation:
 * unit tests and scripts run with NODE_ENV unset, neither dev nor a production build.
 */

/** `npm run dev` (NODE_ENV=development): content followed on each save, no build caches. */
export function isDev(): boolean {
  return process.env.NODE_ENV === 'development'
}

/** `next build` and the server it builds (NODE_ENV=production): the build's caches and its workers' tuning apply. */
export function isProductionBuild(): boolean {
  return process.env.NODE_ENV === 'production'
}
