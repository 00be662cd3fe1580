import { HomePage } from '@/components/site/home-page'
import { listedTalks } from '@/lib/pages/collections'
import { getCaseStudies, getNotes, getProfile } from '@/lib/content'
import { renderBio } from '@/lib/pages/render'
import { pageMetadata } from '@/lib/seo'
import { siteDescription } from '@/lib/seo/site-description'
import { StructuredData } from '@/components/site/structured-data'
import { structuredDataFor } from '@/lib/seo/page-json-ld'

/** How many of each the home page shows; each list's own page shows them all. */
const HOME_LATEST = { talks: 3, caseStudies: 3, notes: 5 }

export function generateMetadata() {
  const profile = getProfile()
  return pageMetadata({ description: siteDescription(profile), path: '/', type: 'profile' })
}

export default async function Home() {
  const profile = getProfile()
  return (
    <>
      <StructuredData items={structuredDataFor('/')} />
      <HomePage
        profile={profile}
        bio={await renderBio(profile.bio)}
        talks={listedTalks().slice(0, HOME_LATEST.talks)}
        caseStudies={getCaseStudies().slice(0, HOME_LATEST.caseStudies)}
        notes={getNotes().slice(0, HOME_LATEST.notes)}
      />
    </>
  )
}
