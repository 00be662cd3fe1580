/**
 * Recognises an exported HTML page that holds no content of its own: the framework's error shell
 * (`<html id="__next_error__">`, what Next writes when a page threw while prerendering) or the
 * not-found page rendered in a page's place (`notFound()`). Such a file exists, so a link check
 * passes, but its visitors see nothing: the build refuses it (scripts/finish-export.ts) and the
 * e2e suite checks every page of every build with the same rule.
 */
export type ExportShell = 'error' | 'not-found'

/** The attribute components/site/not-found-page.tsx carries. */
export const NOT_FOUND_MARKER = 'data-not-found-page'

export function exportShell(html: string): ExportShell | undefined {
  if (/<html[^>]*\bid="__next_error__"/.test(html)) return 'error'
  // notFound() leaves its digest in the page's flight data even where the layout renders around it.
  // The marker counts only as an attribute of an element: every page's flight data carries the
  // not-found view as its boundary's fallback, as JSON.
  if (html.includes('NEXT_HTTP_ERROR_FALLBACK;404') || new RegExp(`<[^>]+\\s${NOT_FOUND_MARKER}(?:=|\\s|>)`).test(html)) return 'not-found'
  return undefined
}

/** The 404 page's own files, which are the not-found page by design. */
export function isNotFoundPageFile(relativeFile: string): boolean {
  return /^(404\.html|404\/index\.html|_not-found(\.html|\/index\.html))$/.test(relativeFile.replaceAll('\\', '/'))
}

/** "notes/東京メモ/index.html" -> "/notes/東京メモ/" (the site path a file of out/ is served at). */
export function sitePathOfFile(relativeFile: string): string {
  const file = relativeFile.replaceAll('\\', '/')
  if (file === 'index.html') return '/'
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`
  return `/${file}`
}
