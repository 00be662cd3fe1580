import { SpeakerKitPage } from '@/components/speaker-kit/speaker-kit-page'
import { StructuredData } from '@/components/site/structured-data'
import { SPEAKER_KIT_TITLE } from '@/lib/core/model'
import { routes } from '@/lib/core/urls'
import { renderAbstract, renderBio } from '@/lib/pages/render'
import { speakerKit, speakerKitDescription } from '@/lib/pages/speaker-kit'
import { pageMetadata } from '@/lib/seo'
import { structuredDataFor } from '@/lib/seo/page-json-ld'

export function generateMetadata() {
  return pageMetadata({ title: SPEAKER_KIT_TITLE, description: speakerKitDescription(speakerKit()), path: routes.speakerKit(), type: 'profile' })
}

export default async function SpeakerKitRoute() {
  const kit = speakerKit()
  const bios = await Promise.all(kit.bios.map(async (bio) => ({ bio, body: await renderBio(bio.markdown) })))
  const talks = await Promise.all(
    kit.talks.map(async (talk) => ({ talk, ...(talk.fromDescription ? {} : { abstract: await renderAbstract(talk, talk.abstract) }) })),
  )
  return (
    <>
      <StructuredData items={structuredDataFor(routes.speakerKit())} />
      <SpeakerKitPage kit={kit} bios={bios} talks={talks} />
    </>
  )
}
