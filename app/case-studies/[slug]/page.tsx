import { notFound } from 'next/navigation'
import { outputParams } from '@/lib/output-plan'
import { CaseStudyPage } from '@/components/case-studies/case-study-page'
import { getBacklinks, getCaseStudies, getCaseStudy } from '@/lib/content'
import { renderBody } from '@/lib/render'
import { pageMetadata } from '@/lib/seo'
import { EMPTY_PARAM } from '@/lib/static-params'
import { StructuredData } from '@/components/site/structured-data'
import { structuredDataFor } from '@/lib/page-structured-data'
import { routeParams } from '@/lib/route-params'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  const outputs = getCaseStudies().map((caseStudy) => ({ params: { slug: caseStudy.slug }, file: caseStudy.file }))
  return outputParams('/case-studies/[slug]', 'page', outputs, { slug: EMPTY_PARAM })
}

export async function generateMetadata({ params }: Props) {
  const caseStudy = getCaseStudy((await routeParams(params)).slug)
  if (!caseStudy) notFound()
  return pageMetadata({ title: caseStudy.title, description: caseStudy.description, path: caseStudy.url, type: 'article' })
}

export default async function CaseStudy({ params }: Props) {
  const caseStudy = getCaseStudy((await routeParams(params)).slug)
  if (!caseStudy) notFound()
  return (
    <>
      <StructuredData items={structuredDataFor(caseStudy.url)} />
      <CaseStudyPage caseStudy={caseStudy} body={await renderBody(caseStudy)} backlinks={getBacklinks(caseStudy)} />
    </>
  )
}
