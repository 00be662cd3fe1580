import { parse, YAMLParseError } from 'yaml'

export type Frontmatter = Record<string, unknown>

/** YAML that does not parse, with the line it stopped at. */
export class FrontmatterError extends Error {}

// A frontmatter block opens on the first line and closes at the next line holding only `---`.
// Obsidian files may start with a byte-order mark and use CRLF line endings.
const BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m

/**
 * Splits a Markdown file into its frontmatter and body. YAML 1.2 is used (as contentlayer
 * does), so dates stay strings and are checked by lib/validate.ts rather than silently rolled
 * over (2023-13-45 is an error, not February 2024).
 */
export function splitFrontmatter(text: string): { data: Frontmatter; body: string } {
  const source = text.replace(/^\uFEFF/, '')
  const match = source.startsWith('---') ? BLOCK.exec(source) : null
  if (!match || match.index !== 0) return { data: {}, body: source }
  let data: unknown
  try {
    data = parse(match[1] ?? '', { uniqueKeys: true })
  } catch (error) {
    const reason = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error)
    throw new FrontmatterError(`frontmatter is not valid YAML: ${reason}`)
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new FrontmatterError('frontmatter must be a map of keys to values')
  }
  return { data: (data ?? {}) as Frontmatter, body: source.slice(match[0].length) }
}
