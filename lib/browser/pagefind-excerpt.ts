/** A piece of a search excerpt: plain text, marked when it matched the query. */
export type ExcerptPart = { text: string; marked: boolean }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: ' ' }

const decodeEntities = (text: string) => text.replace(/&(#?[a-z0-9]+);/gi, (entity, name: string) => ENTITIES[name.toLowerCase()] ?? entity)

/**
 * Pagefind's excerpts are HTML: escaped page text with <mark> around the matched words. Cutting
 * them into text parts lets React render them as text, so nothing from the index is ever parsed as
 * markup (no dangerouslySetInnerHTML), and any other tag is shown as the text it is.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = []
  const pattern = /<mark>([\s\S]*?)<\/mark>/g
  let last = 0
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decodeEntities(excerpt.slice(last, match.index)), marked: false })
    parts.push({ text: decodeEntities(match[1] ?? ''), marked: true })
    last = match.index + match[0].length
  }
  if (last < excerpt.length) parts.push({ text: decodeEntities(excerpt.slice(last)), marked: false })
  return parts.filter((part) => part.text.length > 0)
}
