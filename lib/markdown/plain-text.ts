/**
 * Plain text as Markdown that reads back as the same words: a PDF deck's page text becomes its
 * slide's Markdown (lib/content/readers/talk.ts), so the slide's title, description, preview and
 * search come from the Markdown as a Markdown deck's do (lib/markdown/slide-summary.ts).
 */

// Every ASCII punctuation character as a character reference: the parser reads it back as the
// character, and neither Markdown nor the passes that read raw text (wikilinks, ==highlights==,
// %%comments%%, footnotes) see syntax in it.
const escapeLine = (line: string) => line.replace(/[!-/:-@[-`{-~]/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The first line as the slide's heading, the other lines one paragraph, a line break between
 * them (a PDF breaks its lines where the slide did, often mid-sentence): "" for no text.
 */
export function markdownOfText(text: string): string {
  const [first, ...rest] = text.split('\n').map((line) => line.trim()).filter(Boolean)
  if (first === undefined) return ''
  return [`# ${escapeLine(first)}`, ...(rest.length ? [rest.map(escapeLine).join('\n')] : [])].join('\n\n')
}
