import type { ProfileLink } from '../core/model'

/**
 * The fediverse handle of a Mastodon profile URL, "@user@instance", from its shape
 * `https://<instance>/@user`: what `fediverse:creator` names, so Mastodon shows the author's line
 * under a preview (https://blog.joinmastodon.org/2024/07/highlighting-journalism-on-mastodon/).
 * Undefined for any other URL. Any instance: the host is read, never listed.
 */
export function fediverseHandle(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  const user = /^\/@([A-Za-z0-9_]+)\/?$/.exec(parsed.pathname)?.[1]
  if (parsed.protocol !== 'https:' || !user || parsed.search || parsed.hash) return undefined
  return `@${user}@${parsed.hostname}`
}

/** The speaker's handle from the profile's Mastodon link (`links: mastodon:`), if it has the Mastodon shape. */
export function fediverseCreator(links: readonly ProfileLink[]): string | undefined {
  const mastodon = links.find((link) => link.kind === 'mastodon')
  return mastodon ? fediverseHandle(mastodon.url) : undefined
}
