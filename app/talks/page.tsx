import { CollectionPage } from '@/components/site/collection-page'
import { getProfile, getTalks } from '@/lib/content'
import { pageMetadata } from '@/lib/seo'
import { routes } from '@/lib/urls'
import { StructuredData } from '@/components/site/structured-data'
import { structuredDataFor } from '@/lib/page-structured-data'

const description = () => `Talks by ${getProfile().name}, each with its slides, sources and where it was given.`

export function generateMetadata() {
  return pageMetadata({ title: 'Talks', description: description(), path: routes.talks() })
}

export default function TalksIndex() {
  return (
    <>
      <StructuredData items={structuredDataFor(routes.talks())} />
      <CollectionPage title="Talks" description={description()} pages={getTalks()} />
    </>
  )
}
