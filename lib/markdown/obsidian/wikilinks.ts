/** An Obsidian link: [[Name]], [[Name|shown]], [[Name#Heading]], [[Name#Heading|shown]], ![[embed]]. */
export type WikiLink = {
  raw: string
  embed: boolean
  /** Everything before the "|", as written: "folder/Name#Heading", "#Heading". */
  written: string
  /** The name to look up: as written, without folder or .md extension. */
  target: string
  /**
   * The path as written, without .md extension: "Folder/Name" for [[Folder/Name]], else the same
   * as `target`. Obsidian tells same-named notes apart by it (lib/content/link-graph.ts).
   */
  path: string
  /** The heading (or ^block id) the link lands on: the last one of "Name#Part#Chapter". */
  heading?: string
  label?: string
}

export const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g

export function parseWikiLink(raw: string, embed: boolean, inner: string): WikiLink {
  const bar = inner.indexOf('|')
  const destination = bar === -1 ? inner : inner.slice(0, bar)
  const label = bar === -1 ? undefined : inner.slice(bar + 1).trim() || undefined
  const [name = '', ...subpath] = destination.split('#')
  // [[Name#Part#Chapter]] is Obsidian's path to a nested heading; it lands on the last one.
  const heading = subpath.map((part) => part.trim()).filter(Boolean).pop()
  const path = name.trim().replace(/\.mdx?$/i, '').trim()
  const target = (path.split('/').pop() ?? path).trim()
  return { raw, embed, written: destination.trim(), target, path, heading, label }
}

/** Every wikilink in a piece of plain text. */
export function scanWikiLinks(text: string): WikiLink[] {
  return [...text.matchAll(WIKILINK)].map((m) => parseWikiLink(m[0], m[1] === '!', m[2] ?? ''))
}

/** Names match case-insensitively, whatever the Unicode form and surrounding spaces. */
export const normalizeName = (name: string) => name.normalize('NFC').trim().toLowerCase()

/**
 * The text a link shows, as Obsidian shows it: the label, else what was written, whichever name
 * (filename, title or alias) it matched, folder and extension included ([[folder/Name]]), with
 * each "#" of a heading path shown as " > ": [[Name#A#B]] is "Name > A > B", [[#A]] is "A",
 * [[Name#^id]] is "Name > ^id" (Obsidian's help, Internal links, on the link's display text:
 * https://help.obsidian.md/Linking+notes+and+files/Internal+links). Not the target's title: the
 * name the author chose to write (an alias, say) is the one the sentence reads with.
 */
export function linkText(link: WikiLink): string {
  if (link.label) return link.label
  return link.written
    .split('#')
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' > ')
}

/** Text with each wikilink (or embed) replaced by the text it shows (linkText): for plain-text descriptions and titles. */
export function plainWikilinks(text: string): string {
  return text.replace(WIKILINK, (_, __, inner: string) => linkText(parseWikiLink('', false, inner)))
}

type Tier = 0 | 1 | 2

/**
 * Looks names up the way Obsidian does: a filename wins over a title, a title over an alias;
 * within a tier the first registered wins, so the result never depends on the file system's order.
 */
export class NameIndex<T> {
  private readonly tiers: [Map<string, T>, Map<string, T>, Map<string, T>] = [new Map(), new Map(), new Map()]

  add(tier: Tier, name: string, value: T): void {
    const key = normalizeName(name)
    if (key && !this.tiers[tier].has(key)) this.tiers[tier].set(key, value)
  }

  addPage(value: T, names: { fileName: string; title: string; aliases: readonly string[] }): void {
    this.add(0, names.fileName, value)
    this.add(1, names.title, value)
    for (const alias of names.aliases) this.add(2, alias, value)
  }

  get(name: string): T | undefined {
    const key = normalizeName(name)
    return this.tiers[0].get(key) ?? this.tiers[1].get(key) ?? this.tiers[2].get(key)
  }
}
