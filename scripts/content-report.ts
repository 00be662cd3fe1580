/**
 * Runs between `contentlayer2 build` and `next build`: checks the content as a whole (fields,
 * slugs, unknown files) and prints what will be published, what is left out and why, and the
 * wikilinks that point at nothing yet. Exits 1, naming each file and field, on bad content.
 */
import { getContentReport } from '@/lib/content'
import { ContentError } from '@/lib/validate'

try {
  const { pages, excluded, unresolved, missingImages } = getContentReport()
  const lines = [
    'Content report',
    `  pages: ${pages.talks} talks, ${pages.caseStudies} case studies, ${pages.notes} notes, ${pages.tags} tags, ${pages.attachments} attachments`,
    `  left out (${excluded.length}):`,
    ...excluded.map((e) => `    - ${e.file} (${e.reason})`),
    `  unresolved wikilinks (${unresolved.reduce((n, u) => n + u.links.length, 0)}), shown as "not written yet":`,
    ...unresolved.map((u) => `    - ${u.file}: ${u.links.map((l) => `[[${l}]]`).join(', ')}`),
    ...(missingImages.length
      ? [
          `  images not found (${missingImages.reduce((n, m) => n + m.images.length, 0)}), shown as their alt text:`,
          ...missingImages.map((m) => `    - ${m.file}: ${m.images.map((url) => `![](${url})`).join(', ')}`),
        ]
      : []),
  ]
  console.log(lines.join('\n'))
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}
