/** A case study (content-schema/case-study.ts) as its page, checked against its schema. */
import { caseStudySchema } from '@/content-schema/case-study'
import { parseContentDate } from '../../core/dates'
import { normalizeKey, type Frontmatter } from '../../core/frontmatter'
import { excerpt } from '../../markdown'
import { readTagList } from './note-frontmatter'
import { baseName } from '../../core/slug'
import { validateFrontmatter, type ContentProblem } from './validate'
import type { CaseStudy, PublishMode } from '../../core/model'
import { pageCommon, str, strList, type LeftOut, type Reading, type SourceDocument } from './common'
import { inFolder, noteFlags, withoutKind } from './from-note'
import { publishFate } from '../../core/publish'

type Field = keyof typeof caseStudySchema.fields
// A note's names for the fields ("Created time" is the date when there is no `date`), normalized.
const NOTE_KEYS: Record<string, Field | 'created'> = {
  title: 'title', description: 'description', date: 'date', slug: 'slug', tags: 'tags', tag: 'tags', aliases: 'aliases',
  alias: 'aliases', draft: 'draft', company: 'company', role: 'role', period: 'period', links: 'links',
  created: 'created', createdtime: 'created', createdat: 'created', publish: 'publish',
}

/**
 * A case study, or why it is left out (`draft: true`, `publish: false`); one left out is checked
 * all the same, so it builds once it is done.
 *
 * A case study that a vault's note makes itself, outside case-studies/ (lib/content/readers/from-note.ts),
 * is read with a note's leniency, as a talk from Obsidian is: keys matched loosely, title from the
 * file's name, date from `date` or `Created time`, description from `description` or the note's
 * opening text; its other properties (`Owner`, `Lifespan`) are the note's, not the case study's,
 * and are not shown. It publishes as the vault's notes do (`publish`: the publish mode), and while
 * it is not published its problems are warnings.
 */
export function readCaseStudy(doc: SourceDocument, publish: PublishMode = 'all'): Reading<CaseStudy> | LeftOut {
  const fromNote = !inFolder(doc.file, 'case-studies')
  const { fm, problems } = fromNote ? fromNoteFrontmatter(doc) : { fm: doc.frontmatter, problems: validateFrontmatter(caseStudySchema, doc.frontmatter, doc.file) }
  const flags = fromNote ? noteFlags(doc.frontmatter) : { ...(typeof fm.draft === 'boolean' ? { draft: fm.draft } : {}), ...(typeof fm.publish === 'boolean' ? { publish: fm.publish } : {}) }
  const fate = publishFate(flags, publish, { ownFolder: !fromNote })
  if (!fate.published && fromNote) return { leftOut: fate.reason, problems: [], ...(problems.length ? { warnings: problems } : {}) }
  if (!fate.published) return { leftOut: fate.reason, problems }
  const page: CaseStudy = {
    ...pageCommon(doc, 'case-study', { title: str(fm.title) ?? '', description: str(fm.description) ?? '', tags: strList(fm.tags), aliases: strList(fm.aliases), body: doc.body }, fm),
    date: parseContentDate(fm.date) ?? '',
    company: str(fm.company),
    role: str(fm.role),
    period: str(fm.period),
    links: (Array.isArray(fm.links) ? fm.links : []).map((l) => {
      const link = l as Record<string, unknown>
      return { title: str(link.title) ?? '', url: str(link.url) ?? '' }
    }),
  }
  return { page, problems }
}

const looseSchema = { ...caseStudySchema, strict: false }

/** A note's frontmatter under the case study's field names, checked, each problem naming the key as written. */
function fromNoteFrontmatter(doc: SourceDocument): { fm: Frontmatter; problems: ContentProblem[] } {
  const fm: Frontmatter = {}
  const written = new Map<string, string>()
  const problems: ContentProblem[] = []
  for (const [key, value] of Object.entries(withoutKind(doc.frontmatter))) {
    const field = NOTE_KEYS[normalizeKey(key)]
    if (!field) continue
    if (written.has(field)) {
      problems.push({ file: doc.file, field: key, message: `means the same as "${written.get(field)}"; keep one of them` })
      continue
    }
    written.set(field, key)
    fm[field] = value
  }
  if (fm.date === undefined && fm.created !== undefined) {
    fm.date = fm.created
    written.set('date', written.get('created') ?? 'created')
  }
  delete fm.created
  if (typeof fm.tags === 'string') fm.tags = readTagList(fm.tags)
  if (typeof fm.aliases === 'string') fm.aliases = [fm.aliases]
  fm.title ??= baseName(doc.file)
  fm.description ??= excerpt(doc.body) || undefined
  for (const problem of validateFrontmatter(looseSchema, fm, doc.file)) {
    const [top = '', ...rest] = (problem.field ?? '').split(/(?=[.[])/)
    problems.push({ ...problem, field: [written.get(top) ?? top, ...rest].join('') })
  }
  return { fm, problems }
}
