import Link from 'next/link'
import type { ListedPage } from '@/lib/pages/collections'
import { PAGE_KIND_NAMES, SPEAKER_KIT_TITLE, type PageRef, type Profile } from '@/lib/core/model'
import type { RenderedBody } from '@/lib/pages/render'
import { routes, withBasePath } from '@/lib/core/urls'
import { PageList } from './page-list'
import { ProfileLinks } from './profile-links'
import { Prose } from './prose'

export type HomePageProps = {
  profile: Profile
  bio: RenderedBody
  /** Latest delivery first (lib/pages/collections.ts, listedTalks): the upcoming ones are among them. */
  talks: ListedPage[]
  caseStudies: PageRef[]
  notes: PageRef[]
}

type SectionProps = { id: string; title: string; href: string; pages: ListedPage[] }

function Section({ id, title, href, pages }: SectionProps) {
  if (pages.length === 0) return null
  return (
    <section data-pagefind-ignore aria-labelledby={id} className="mt-14">
      <div className="flex items-baseline justify-between">
        <h2 id={id} className="text-2xl font-bold tracking-tight">
          {title}
        </h2>
        <Link href={href} className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-300">
          All {title.toLowerCase()} <span aria-hidden="true">→</span>
        </Link>
      </div>
      <PageList pages={pages} />
    </section>
  )
}

export function HomePage({ profile, bio, talks, caseStudies, notes }: HomePageProps) {
  // Search indexes the speaker and the bio; the lists of pages below are indexed on their own pages.
  return (
    <div data-pagefind-body>
      <section className="flex flex-col gap-6 sm:flex-row sm:items-start">
        {profile.avatar && (
          <img src={withBasePath(profile.avatar)} alt={profile.name} width={112} height={112} className="size-28 shrink-0 rounded-full" />
        )}
        <div>
          <h1 className="text-4xl font-bold tracking-tight">{profile.name}</h1>
          {profile.headline && <p className="mt-2 text-xl text-zinc-600 dark:text-zinc-300">{profile.headline}</p>}
          {profile.location && <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">{profile.location}</p>}
          <ProfileLinks links={profile.links} className="mt-4" />
          <p className="mt-4 text-sm">
            <Link href={routes.speakerKit()} className="font-medium text-brand-700 hover:underline dark:text-brand-300">
              {SPEAKER_KIT_TITLE} for organisers <span aria-hidden="true">→</span>
            </Link>
          </p>
        </div>
      </section>
      <Prose body={bio} className="mt-8" />
      <Section id="latest-talks" title={PAGE_KIND_NAMES.talk.collection} href={routes.talks()} pages={talks} />
      <Section id="latest-case-studies" title={PAGE_KIND_NAMES['case-study'].collection} href={routes.caseStudies()} pages={caseStudies} />
      <Section id="latest-notes" title={PAGE_KIND_NAMES.note.collection} href={routes.notes()} pages={notes} />
    </div>
  )
}
