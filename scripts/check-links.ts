/**
 * Checks that every internal link of an export resolves to a file: `tsx scripts/check-links.ts`
 * for out/, or `OUT_DIR=out-basepath BASE_PATH=/talks-site tsx scripts/check-links.ts` for a
 * base-path build (scripts/check-base-path.sh builds one).
 */
import { brokenLinks, htmlFiles } from '@/e2e/support/link-check'
import { siteConfig } from '@/lib/core/site-config'

const outDir = process.env.OUT_DIR ?? 'out'
const broken = brokenLinks(outDir, siteConfig.basePath, siteConfig.url)
if (broken.length > 0) {
  console.error(`${broken.length} broken internal link(s) in ${outDir}/:\n${broken.map((b) => `  - ${b}`).join('\n')}`)
  process.exit(1)
}
console.log(`${outDir}/: ${htmlFiles(outDir).length} pages, every internal link resolves (base path "${siteConfig.basePath}")`)
