/**
 * A DID as the AT Protocol takes one (https://atproto.com/specs/did): "did:", a lowercase method
 * (plc, web), ":", then letters, digits and . _ : % -, not ending in ":" or "%".
 */
const DID = /^did:[a-z]+:[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]$/

/**
 * The body of /.well-known/atproto-did for siteConfig.blueskyDid: the DID alone, which Bluesky
 * reads to verify a handle on the site's domain. Throws on a value that is no DID, so a typo fails
 * the build rather than the handle.
 */
export function atprotoDidFile(did: string): string {
  const value = did.trim()
  if (!DID.test(value)) throw new Error(`siteConfig.blueskyDid: "${did}" is not a DID (did:plc:… or did:web:…)`)
  return value
}
