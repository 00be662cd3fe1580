/**
 * Escaping for text that goes into markup by hand, outside React and the Markdown pipeline: the
 * feeds and the share slide. Pure, so that it is unit-tested without generated content.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text as HTML that shows the same text and holds no markup. */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)

/**
 * Text with every HTML tag taken out, for fields that must carry no markup at all (the feeds'
 * titles, summaries and categories: a reader may render any of them as HTML). Repeated until
 * nothing changes, so a tag split by another ("<<script>>") leaves no tag behind either; then a
 * "<" that would still open a tag ("<b" without its ">") goes too. A "<" that opens none ("a < b")
 * stays, and is escaped where it is written.
 */
export function withoutTags(value: string): string {
  let text = value
  for (let previous = ''; previous !== text; ) {
    previous = text
    text = text.replace(/<\/?[a-z!?][^<>]*>/gi, '')
  }
  return text.replace(/<(?=[a-z/!?])/gi, '').replace(/\s+/g, ' ').trim()
}

/**
 * `<` in attribute values of XML written by the `feed` package, CDATA sections left as they are.
 * The package escapes only `&` and `"` in attributes (a tag's category label), and a raw `<` in an
 * attribute is not XML: readers refuse the whole feed.
 */
export function escapeAttributeLessThan(xml: string): string {
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part : part.replace(/(\s[\w:-]+=")([^"]*)"/g, (_, name: string, value: string) => `${name}${value.replaceAll('<', '&lt;')}"`)))
    .join('')
}
