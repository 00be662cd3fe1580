/**
 * The links that share a talk on other networks, each the network's own compose or share URL, so
 * no network's script reaches the page. Here, browser-safe, because the Mastodon one is made in the
 * reader's browser: Mastodon has no central site, so it is the reader's own instance's /share.
 */

/** X still answers the twitter.com intent URL, which needs no script. */
export function tweetUrl(text: string, url: string): string {
  return `https://twitter.com/intent/tweet?${new URLSearchParams({ text, url }).toString()}`
}

/** Bluesky's compose intent takes one text: the title, then the URL, which Bluesky turns into a card. */
export function blueskyShareUrl(text: string, url: string): string {
  return `https://bsky.app/intent/compose?${new URLSearchParams({ text: `${text} ${url}` }).toString()}`
}

/** LinkedIn's share dialog takes the URL only: it draws the card from the page's Open Graph tags. */
export function linkedInShareUrl(url: string): string {
  return `https://www.linkedin.com/sharing/share-offsite/?${new URLSearchParams({ url }).toString()}`
}

/**
 * The instance's host from what a reader types: "mastodon.social", "https://hachyderm.io/",
 * "@me@fosstodon.org" or "fosstodon.org/@me". Undefined when no host can be read.
 */
export function mastodonInstance(input: string): string | undefined {
  const text = input.trim().replace(/^@?[^@\s/]+@(?=[^@\s]+$)/, '')
  if (!text) return undefined
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`)
    return url.hostname.includes('.') ? url.hostname : undefined
  } catch {
    return undefined
  }
}

/** Any Mastodon instance's share page (/share?text=), the title and the URL as the post. */
export function mastodonShareUrl(instance: string, text: string, url: string): string {
  return `https://${instance}/share?${new URLSearchParams({ text: `${text} ${url}` }).toString()}`
}
