/** A case study (content-schema/case-study.ts) as its page, checked against its schema. */
import { caseStudySchema } from '@/content-schema/case-study'
import { parseContentDate } from '../dates'
import { validateFrontmatter } from '../validate'
import type { CaseStudy } from '../view-model'
import { pageCommon, str, strList, type LeftOut, type Reading, type SourceDocument } from './common'

/** A case study, or `draft: true`; a draft is checked all the same, so it builds once it is done. */
export function readCaseStudy(doc: SourceDocument): Reading<CaseStudy> | LeftOut {
  const fm = doc.frontmatter
  const problems = validateFrontmatter(caseStudySchema, fm, doc.file)
  if (fm.draft === true) return { leftOut: 'draft: true', problems }
  const page: CaseStudy = {
    ...pageCommon(doc, 'case-study', { title: str(fm.title) ?? '', description: str(fm.description) ?? '', tags: strList(fm.tags), aliases: strList(fm.aliases), body: doc.body }),
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
