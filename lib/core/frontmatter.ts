import { parse, YAMLParseError } from 'yaml'

export type Frontmatter = Record<string, unknown>

/**
 * A key as Obsidian vaults write it, matched loosely: "Created time", "created_at", "Created-At" ->
 * "createdtime", "createdat", "createdat". The build reads keys so, and the editor shows them so.
 */
export const normalizeKey = (key: string) => key.toLowerCase().replace(/[\s_-]+/g, '')

/** Each name a key may be written as (normalized, see normalizeKey) to the field it means. */
export function keyLookup<K extends string>(aliases: Record<K, readonly string[]>): Map<string, K> {
  return new Map((Object.entries(aliases) as [K, readonly string[]][]).flatMap(([known, names]) => names.map((name) => [name, known] as const)))
}

/** YAML that does not parse, with the line it stopped at. */
export class FrontmatterError extends Error {}

// A frontmatter block opens on the first line and closes at the next line holding only `---`.
// Obsidian files may start with a byte-order mark and use CRLF line endings.
const BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m

/**
 * Splits a Markdown file into its frontmatter and body. YAML 1.2 is used (as contentlayer
 * does), so dates stay strings and are checked by lib/content/readers/validate.ts rather than silently rolled
 * over (2023-13-45 is an error, not February 2024).
 */
export function splitFrontmatter(text: string): { data: Frontmatter; body: string } {
  const block = locateFrontmatter(text)
  if (!block) return { data: {}, body: text.replace(/^\uFEFF/, '') }
  let data: unknown
  try {
    data = parse(block.yaml, { uniqueKeys: true })
  } catch (error) {
    throw new FrontmatterError(`frontmatter is not valid YAML: ${yamlReason(error, text, block)}`)
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new FrontmatterError('frontmatter must be a map of keys to values')
  }
  return { data: (data ?? {}) as Frontmatter, body: text.slice(block.bodyStart) }
}

/** Where a file's frontmatter block is, in the file's own characters (its byte-order mark included). */
export type FrontmatterBlock = {
  /** The YAML between the two `---` lines, without the line break before the closing one. */
  yaml: string
  yamlStart: number
  yamlEnd: number
  /** Where the body starts: just after the closing `---` line. */
  bodyStart: number
}

/** The frontmatter block of a file, or undefined when it has none (the one rule, shared with the CMS). */
export function locateFrontmatter(text: string): FrontmatterBlock | undefined {
  const offset = text.startsWith('\uFEFF') ? 1 : 0
  const source = text.slice(offset)
  const match = source.startsWith('---') ? BLOCK.exec(source) : null
  if (!match || match.index !== 0) return undefined
  const yaml = match[1] ?? ''
  const yamlStart = offset + source.indexOf('\n') + 1
  return { yaml, yamlStart, yamlEnd: yamlStart + yaml.length, bodyStart: offset + match[0].length }
}

/**
 * Why YAML did not parse, at the file's own line (the parser counts from the block's first line,
 * after the opening `---`), with that line as written: "... at line 3: description: a: b: c".
 */
function yamlReason(error: unknown, text: string, block: FrontmatterBlock): string {
  if (!(error instanceof YAMLParseError)) return String(error)
  const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')
  const blockLine = error.linePos?.[0]?.line
  if (blockLine === undefined) return reason
  const fileLine = text.slice(0, block.yamlStart).split('\n').length - 1 + blockLine
  const written = (block.yaml.split(/\r?\n/)[blockLine - 1] ?? '').trim()
  return `${reason} at line ${fileLine}${written ? `: ${written}` : ''}`
}
