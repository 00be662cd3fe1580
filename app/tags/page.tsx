import { TagIndex } from '@/components/tags/tag-index'
import { getTags } from '@/lib/content'
import { pageMetadata } from '@/lib/seo'
import { routes } from '@/lib/urls'

export function generateMetadata() {
  return pageMetadata({ title: 'Tags', description: 'Every topic across talks, case studies and notes.', path: routes.tags() })
}

export default function TagsIndex() {
  return <TagIndex tags={getTags()} />
}
