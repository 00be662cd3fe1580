// The base path, decided once: next.config.mjs (which Next loads before any TypeScript) and
// lib/core/ (site-config.ts, site-address.ts) read BASE_PATH through this one function.

/**
 * BASE_PATH as the site uses it: "" for a site at the root of its domain, else "/talks-site"
 * (leading slash, no trailing slash), whatever spelling was given.
 * @param {string | undefined} value
 * @returns {string}
 */
export function normalizeBasePath(value) {
  const trimmed = (value ?? '').trim().replace(/\/+$/, '')
  if (!trimmed) return ''
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`
}
