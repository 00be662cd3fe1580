import { TagIndex } from '@/components/tags/tag-index'
import { getTags } from '@/lib/content'
import { pageMetadata } from '@/lib/seo'
import { routes } from '@/lib/core/urls'
import { StructuredData } from '@/components/site/structured-data'
import { structuredDataFor } from '@/lib/seo/page-json-ld'

export function generateMetadata() {
  return pageMetadata({ title: 'Tags', description: 'Every topic across talks, case studies and notes.', path: routes.tags() })
}

export default function TagsIndex() {
  return (
    <>
      <StructuredData items={structuredDataFor(routes.tags())} />
      <TagIndex tags={getTags()} />
    </>
  )
}
