/** The folders and files whose bytes shape the pages (lib/code-fingerprint.mjs). */
export const CODE_PLACES: readonly string[]
/** A hash of every file of the site's code: names and bytes (lib/code-fingerprint.mjs). */
export function codeFingerprint(root: string): string
