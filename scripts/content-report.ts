/**
 * Runs between `contentlayer2 build` and `next build`: checks the content as a whole (fields,
 * slugs, unknown files) and prints what will be published, what is left out and why, and the
 * wikilinks that point at nothing yet. Exits 1, naming each file and field, on bad content.
 *
 * It also says where the site's absolute URLs point (lib/core/site-address.ts): a placeholder when
 * SITE_URL is not set, and it stops the build, saying how to set SITE_URL, on a deployment without
 * one. That check comes first, before any page is written.
 *
 * In a vault it also says how notes publish (PUBLISH), how many stayed private, what it ignored
 * as Obsidian's own (.obsidian/, templates, canvases, drawings, Obsidian Publish's site files),
 * and, as warnings, what is wrong with notes that are not published.
 *
 * `--files` also prints every file under content/ with its URL or the reason it has none (after
 * `contentlayer2 build`); `--json` prints only that table, as JSON, for e2e/content-table.spec.ts.
 */
import type { ContentReport } from '@/lib/core/model'
import { ContentError, contentFile, type ContentProblem, formatProblem, formatProblems, getContentReport, getContentSource, scanContentFiles, unparsableDocuments, unparsableIsPrivate } from '@/lib/content'
import { PAGE_STORE } from '@/lib/build/static-params'
import { clearRoutePlans } from '@/lib/build/page-store'
import { describeCharacter } from '@/lib/og/fonts'
import { missingGlyphs } from '@/lib/og/image'
import { describeSiteAddress, siteAddress, SiteAddressError, type SiteAddress } from '@/lib/core/site-address'
import { ogCardFor } from '@/lib/og/card'
import { listPublishedPages } from '@/lib/pages/published-pages'

function table(files: ContentReport['files']): string[] {
  const width = Math.max(...files.map((f) => f.file.length))
  return [
    `Content files (${files.length}): where each one is published, or why it is not`,
    ...files.map((f) => `  ${f.file.padEnd(width)}  ${f.url === undefined ? `(not published: ${f.reason})` : `${f.url}  (${f.what})`}`),
  ]
}

let address: SiteAddress
try {
  address = siteAddress()
} catch (error) {
  if (error instanceof SiteAddressError) {
    console.error(`The site's address is not set right:\n${error.message}`)
    process.exit(1)
  }
  throw error
}

// The routes write this build's plan of pages anew (lib/build/page-store.ts): none of the last is kept.
clearRoutePlans(PAGE_STORE)

// Documents whose frontmatter is not YAML: contentlayer was not handed them (contentlayer.config.ts),
// so they are named here, in the build's words: an error, or a warning for a note that is not
// published (the same rule as the other problems of such notes).
const source = getContentSource()
const unparsable: ContentProblem[] = []
const unparsableWarnings: ContentProblem[] = []
for (const doc of unparsableDocuments(source.root, scanContentFiles(source.root, source.obsidianFolders).documents)) {
  const problem = { file: contentFile(doc.path), message: doc.message }
  if (unparsableIsPrivate(doc.path, doc.text, source.publish.mode)) unparsableWarnings.push(problem)
  else unparsable.push(problem)
}

try {
  const report = getContentReport()
  if (unparsable.length) throw new ContentError(unparsable)
  const { pages, excluded, unresolved, missingImages, files, ignored, publish, privateLinks } = report
  const warnings = [...unparsableWarnings, ...report.warnings]
  // A warning, not an error: one title in a script no bundled font covers should not stop the
  // whole site from publishing, and the page itself shows it with the reader's own fonts. The
  // fix is a font in lib/og/fonts.ts, or another title.
  const missingGlyphPages = (
    await Promise.all(listPublishedPages().map(async (page) => ({ page, missing: await missingGlyphs(ogCardFor(page)) })))
  ).filter(({ missing }) => missing.length)
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(files, null, 2))
  } else {
    const lines = [
      'Content report',
      ...describeSiteAddress(address).map((line) => `  ${line}`),
      `  pages: ${pages.talks} talks, ${pages.caseStudies} case studies, ${pages.notes} notes, ${pages.tags} tags, ${pages.attachments} attachments`,
      `  notes publish: ${publish.mode} (${publish.because})`,
      ...(publish.mode === 'marked'
        ? [`  private, not marked publish: true: ${report.private.length} notes${report.private.length ? ' (listed by --files)' : ''}`]
        : []),
      `  left out (${excluded.length}):`,
      ...excluded.map((e) => `    - ${e.file} (${e.reason})`),
      ...(privateLinks.length
        ? [
            `  links to private notes (${privateLinks.reduce((n, p) => n + p.links.length, 0)}), shown as plain text:`,
            ...privateLinks.map((p) => `    - ${p.file}: ${p.links.map((l) => `[[${l}]]`).join(', ')}`),
          ]
        : []),
      ...(ignored.length
        ? [
            `  ignored, Obsidian's or the system's own (${ignored.length}):`,
            ...ignored.map((i) => `    - ${i.file} (${i.reason}${i.files === 1 && !i.file.endsWith('/') ? '' : `, ${i.files} ${i.files === 1 ? 'file' : 'files'}`})`),
          ]
        : []),
      `  unresolved wikilinks (${unresolved.reduce((n, u) => n + u.links.length, 0)}), shown as "not written yet":`,
      ...unresolved.map((u) => `    - ${u.file}: ${u.links.map((l) => `[[${l}]]`).join(', ')}`),
      ...(report.unusedPermalinks.length
        ? [
            `  permalinks not used (${report.unusedPermalinks.length}):`,
            ...report.unusedPermalinks.map((p) => `    - ${p.file}: permalink "${p.permalink}": ${p.reason}`),
          ]
        : []),
      ...(missingImages.length
        ? [
            `  images not found (${missingImages.reduce((n, m) => n + m.images.length, 0)}), shown as their alt text:`,
            ...missingImages.map((m) => `    - ${m.file}: ${m.images.map((url) => `![](${url})`).join(', ')}`),
          ]
        : []),
      // A note that is not published is none of the site's business: what is wrong with it is said
      // here, for when it is published, and does not stop the build.
      ...(warnings.length
        ? [`  warning: problems in notes that are not published (${warnings.length}), not stopping the build:`, ...warnings.map((w) => `    - ${formatProblem(w)}`)]
        : []),
      ...(report.unreadPdfs.length
        ? [
            `  warning: PDFs no deck could be read from (${report.unreadPdfs.length}), their talks built without them, not stopping the build:`,
            ...report.unreadPdfs.map((w) => `    - ${formatProblem(w)}`),
          ]
        : []),
      ...(missingGlyphPages.length
        ? [
            `  warning: characters no link-preview font has (${missingGlyphPages.length} pages), drawn as boxes in /og/ images:`,
            ...missingGlyphPages.map(({ page, missing }) => `    - ${page.file} (${page.path}): ${missing.map(describeCharacter).join(', ')}`),
          ]
        : []),
      ...(process.argv.includes('--files') ? table(files) : []),
    ]
    console.log(lines.join('\n'))
  }
} catch (error) {
  if (error instanceof ContentError) {
    // Every problem at once: the unparsable files' and the rest of the content's.
    const problems = error.problems === unparsable ? unparsable : [...unparsable, ...error.problems]
    console.error(formatProblems(problems))
    process.exit(1)
  }
  throw error
}
