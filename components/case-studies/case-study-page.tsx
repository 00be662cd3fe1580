import { Backlinks } from '@/components/site/backlinks'
import { FormattedDate } from '@/components/site/formatted-date'
import { PageHeader } from '@/components/site/page-header'
import { Prose } from '@/components/site/prose'
import { TagList } from '@/components/site/tag-list'
import type { CaseStudy, PageRef } from '@/lib/core/model'
import type { RenderedBody } from '@/lib/pages/render'

export type CaseStudyPageProps = { caseStudy: CaseStudy; body: RenderedBody; backlinks: PageRef[] }

export function CaseStudyPage({ caseStudy, body, backlinks }: CaseStudyPageProps) {
  const facts = [
    caseStudy.company && { label: 'Company', value: caseStudy.company },
    caseStudy.role && { label: 'Role', value: caseStudy.role },
    caseStudy.period && { label: 'Period', value: caseStudy.period },
  ].filter((fact): fact is { label: string; value: string } => Boolean(fact))
  return (
    <article data-pagefind-body>
      <PageHeader
        eyebrow={
          <>
            Case study · <FormattedDate day={caseStudy.date} />
          </>
        }
        title={caseStudy.title}
        description={caseStudy.description}
      >
        {facts.length > 0 && (
          <dl className="mb-4 flex flex-wrap gap-x-8 gap-y-2 text-sm">
            {facts.map((fact) => (
              <div key={fact.label}>
                <dt className="text-zinc-500 dark:text-zinc-400">{fact.label}</dt>
                <dd className="font-medium">{fact.value}</dd>
              </div>
            ))}
          </dl>
        )}
        <TagList tags={caseStudy.tags} />
      </PageHeader>
      <Prose body={body} />
      {caseStudy.links.length > 0 && (
        <section aria-labelledby="section-links" className="mt-10">
          <h2 id="section-links" className="text-xl font-bold">
            Links
          </h2>
          <ul className="mt-3 list-disc pl-6">
            {caseStudy.links.map((link) => (
              <li key={link.url}>
                <a href={link.url} className="text-brand-700 underline underline-offset-4 dark:text-brand-300">
                  {link.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Backlinks pages={backlinks} />
    </article>
  )
}
