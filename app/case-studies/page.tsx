import { CollectionPage } from '@/components/site/collection-page'
import { getCaseStudies } from '@/lib/content'
import { pageMetadata } from '@/lib/seo'
import { routes } from '@/lib/urls'
import { StructuredData } from '@/components/site/structured-data'
import { structuredDataFor } from '@/lib/page-structured-data'

const description = 'Projects and companies, and what building them taught.'

export function generateMetadata() {
  return pageMetadata({ title: 'Case studies', description, path: routes.caseStudies() })
}

export default function CaseStudiesIndex() {
  return (
    <>
      <StructuredData items={structuredDataFor(routes.caseStudies())} />
      <CollectionPage title="Case studies" description={description} pages={getCaseStudies()} />
    </>
  )
}
