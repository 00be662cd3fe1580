import { PresenterView } from '@/components/slides/presenter-view'
import { SlideList } from '@/components/slides/slide-list'
import type { SpeakerNote, Talk } from '@/lib/core/model'
import { slideChannel } from '@/lib/browser/slide-navigation'
import { routes, withBasePath } from '@/lib/core/urls'
import type { RenderedSlide } from '@/lib/pages/render'

export type PresenterPageProps = { talk: Talk; slides: RenderedSlide[]; notes: SpeakerNote[] | null }

export function PresenterPage({ talk, slides, notes }: PresenterPageProps) {
  return (
    <PresenterView
      total={slides.length}
      channel={slideChannel(talk.slug)}
      audienceHref={withBasePath(routes.talk(talk.slug))}
      duration={talk.duration}
      notes={notes}
      current={<SlideList slides={slides} anchors={false} />}
      next={<SlideList slides={slides} anchors={false} />}
    />
  )
}
