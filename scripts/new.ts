/**
 * `npm run new -- talk "My First Talk"` (or `note`, `case-study`): writes a new file from its
 * template (lib/authoring/new-content.ts) into its folder under content/, and prints its path. Never
 * overwrites a file, and refuses a title whose URL another file of the folder already has.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { CONTENT_DIR, scanContentFiles } from '@/lib/content'
import { splitFrontmatter } from '@/lib/core/frontmatter'
import { folderOf, isNewKind, NEW_KINDS, newContentFile, NewContentError, type ExistingFile } from '@/lib/authoring/new-content'
import { baseName, slugify } from '@/lib/core/slug'

const USAGE = `Usage: npm run new -- <${NEW_KINDS.join('|')}> "Title"\n  e.g. npm run new -- talk "My First Talk"`

/** The files of the kind's folder, with the slug each one has (its frontmatter's, else its name's). */
function existingFiles(folder: string): ExistingFile[] {
  if (!existsSync(CONTENT_DIR)) return []
  return scanContentFiles(CONTENT_DIR)
    .documents.filter((file) => file.startsWith(`${folder}/`))
    .map((file) => {
      let slug: unknown
      try {
        slug = splitFrontmatter(readFileSync(path.join(CONTENT_DIR, file), 'utf8')).data.slug
      } catch {
        // YAML that does not parse: the build names it; here only the file name counts.
      }
      return { file: file.slice(folder.length + 1), slug: typeof slug === 'string' ? slug : slugify(baseName(file)) }
    })
}

/** Today on the author's calendar, not UTC's: a talk written at 11 pm is dated today. */
function localToday(): string {
  const now = new Date()
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-')
}

const [kind, ...words] = process.argv.slice(2)
const title = words.join(' ')
if (!kind || !isNewKind(kind) || !title.trim()) {
  console.error(kind && !isNewKind(kind) ? `"${kind}" is not a kind of content.\n${USAGE}` : USAGE)
  process.exit(2)
}

let target = ''
try {
  const created = newContentFile(kind, title, localToday(), existingFiles(folderOf(kind)))
  target = path.join(CONTENT_DIR, created.file)
  mkdirSync(path.dirname(target), { recursive: true })
  // "wx": fails if the file appeared in the meantime, so nothing is ever overwritten.
  writeFileSync(target, created.text, { flag: 'wx' })
  console.log(`Created ${CONTENT_DIR}/${created.file}`)
  console.log(`  its page, once built: /${folderOf(kind)}/${created.slug}/ (replace the TODOs, then npm run build)`)
} catch (error) {
  if (error instanceof NewContentError) {
    console.error(error.message)
    process.exit(1)
  }
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
    console.error(`${target} already exists: not overwritten.`)
    process.exit(1)
  }
  throw error
}
