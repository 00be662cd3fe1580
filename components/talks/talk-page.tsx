import { Backlinks } from '@/components/site/backlinks'
import { FormattedDate } from '@/components/site/formatted-date'
import { PageHeader } from '@/components/site/page-header'
import { PropertyList } from '@/components/site/property-list'
import { SpeakerCard } from '@/components/site/speaker-card'
import { TagList } from '@/components/site/tag-list'
import { DeferredSlideViewer } from '@/components/slides/deferred-slide-viewer'
import { hasDeck, hasPdfDeck, type PageRef, type Profile, type Talk } from '@/lib/core/model'
import { slideChannel } from '@/lib/browser/slide-navigation'
import { absoluteUrl, routes, withBasePath } from '@/lib/core/urls'
import { ExternalMedia } from './external-media'
import { SlideList } from '@/components/slides/slide-list'
import type { RenderedSlide } from '@/lib/pages/render'
import { TalkEvents } from './talk-events'
import { TalkShare } from './talk-share'
import { TalkSources } from './talk-sources'
import { TalkTranscript } from './talk-transcript'

export type TalkPageProps = { talk: Talk; slides: RenderedSlide[]; profile: Profile; backlinks: PageRef[] }

export function TalkPage({ talk, slides, profile, backlinks }: TalkPageProps) {
  return (
    <article data-pagefind-body>
      <PageHeader
        eyebrow={
          <>
            Talk · <FormattedDate day={talk.date} />
            {talk.duration && <> · {talk.duration} min</>}
          </>
        }
        title={talk.title}
        description={talk.description}
      >
        {talk.properties.length > 0 ? (
          <div className="flex flex-col gap-4">
            <PropertyList properties={talk.properties} />
            <TagList tags={talk.tags} />
          </div>
        ) : (
          <TagList tags={talk.tags} />
        )}
      </PageHeader>

      <ExternalMedia
        deck={talk.deck}
        video={talk.video}
        slideTimes={talk.slides.map((slide) => slide.start)}
        channel={hasDeck(talk) ? slideChannel(talk.slug) : undefined}
        pdfIsDeck={hasPdfDeck(talk)}
      />

      {hasDeck(talk) && (
        <section aria-labelledby="section-slides-heading">
          <h2 id="section-slides-heading" className="sr-only">
            Slides
          </h2>
          <DeferredSlideViewer
            total={slides.length}
            channel={slideChannel(talk.slug)}
            presenterHref={withBasePath(routes.talkPresenter(talk.slug))}
            slideLink={{ talkUrl: absoluteUrl(talk.url), pages: talk.slides.length, title: talk.title }}
          >
            <SlideList slides={slides} />
          </DeferredSlideViewer>
        </section>
      )}

      <TalkTranscript slides={talk.slides} />
      {talk.events.length > 0 && <TalkEvents slug={talk.slug} events={talk.events} />}
      {talk.sources.length > 0 && <TalkSources sources={talk.sources} />}
      <TalkShare talk={talk} />

      <div className="mt-12" data-pagefind-ignore>
        <SpeakerCard profile={profile} />
      </div>
      <Backlinks pages={backlinks} />
    </article>
  )
}
