import { notFound } from 'next/navigation'
import { EMPTY_PARAM, outputParams } from '@/lib/build/static-params'
import { CaseStudyPage } from '@/components/case-studies/case-study-page'
import { getBacklinks, getCaseStudies, getCaseStudy } from '@/lib/content'
import { renderBody } from '@/lib/pages/render'
import { pageMetadata } from '@/lib/seo'
import { StructuredData } from '@/components/site/structured-data'
import { structuredDataFor } from '@/lib/seo/page-json-ld'
import { routeParams } from '@/lib/build/route-params'

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
