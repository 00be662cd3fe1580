/** The folders and files whose bytes shape the pages (lib/cache/code-fingerprint.mjs). */
export const CODE_PLACES: readonly string[]
/** A hash of every file under `places` (default CODE_PLACES), tests aside: names and bytes. */
export function codeFingerprint(root: string, places?: readonly string[]): string
