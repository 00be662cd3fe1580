import { CollectionPage } from '@/components/site/collection-page'
import { getCaseStudies } from '@/lib/content'
import { pageMetadata } from '@/lib/seo'
import { routes } from '@/lib/urls'

const description = 'Projects and companies, and what building them taught.'

export function generateMetadata() {
  return pageMetadata({ title: 'Case studies', description, path: routes.caseStudies() })
}

export default function CaseStudiesIndex() {
  return <CollectionPage title="Case studies" description={description} pages={getCaseStudies()} />
}
