import Link from 'next/link'
import prettyBytes from 'pretty-bytes'
import type { ReactNode } from 'react'
import type { KitBio, KitHeadshot, KitTalk, SpeakerKit } from '@/lib/pages/speaker-kit'
import type { RenderedBody } from '@/lib/pages/render'
import { SPEAKER_KIT_TITLE } from '@/lib/core/model'
import { siteConfig } from '@/lib/core/site-config'
import { withBasePath } from '@/lib/core/urls'
import { ProfileLinks } from '@/components/site/profile-links'
import { Prose } from '@/components/site/prose'
import { CopyTextButton } from './copy-text-button'

export type SpeakerKitPageProps = {
  kit: SpeakerKit
  bios: { bio: KitBio; body: RenderedBody }[]
  /** Each talk with its abstract rendered (a description is plain text, shown as it is). */
  talks: { talk: KitTalk; abstract?: RenderedBody }[]
}

type SectionProps = { id: string; title: string; children: ReactNode }

function Section({ id, title, children }: SectionProps) {
  return (
    <section aria-labelledby={id} className="mt-12">
      <h2 id={id} className="text-2xl font-bold tracking-tight">
        {title}
      </h2>
      {children}
    </section>
  )
}

/** A headshot's download line: what the file is, so an organiser knows it will print. */
function fileFacts(headshot: KitHeadshot): string {
  const facts = [
    headshot.size ? `${headshot.size.width} × ${headshot.size.height} px` : undefined,
    headshot.mime ? headshot.mime.replace(/^image\//, '').replace('svg+xml', 'SVG').toUpperCase() : undefined,
    headshot.bytes === undefined ? undefined : prettyBytes(headshot.bytes, { locale: siteConfig.locale }),
  ].filter(Boolean)
  return facts.length ? ` (${facts.join(', ')})` : ''
}

function Headshots({ headshots, name }: { headshots: KitHeadshot[]; name: string }) {
  return (
    <ul className="mt-4 grid gap-6 sm:grid-cols-2">
      {headshots.map((headshot) => (
        <li key={headshot.image}>
          <figure>
            <img
              src={withBasePath(headshot.image)}
              alt={headshot.alt ?? `Headshot of ${name}`}
              {...(headshot.size ? { width: headshot.size.width, height: headshot.size.height } : {})}
              loading="lazy"
              className="h-auto max-h-96 w-auto max-w-full rounded-lg border border-zinc-200 dark:border-zinc-800"
            />
            <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-300">
              {headshot.credit && <p dir="auto">{headshot.credit}</p>}
              <p>
                <a href={withBasePath(headshot.image)} download={headshot.fileName} className="font-medium text-brand-700 hover:underline dark:text-brand-300">
                  Download {headshot.fileName} at full size
                </a>
                {fileFacts(headshot)}
              </p>
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  )
}

/**
 * The speaker kit: only what the profile and the talks say, each part left out (heading and all)
 * when they say nothing of it. Copy buttons copy the text as shown; without JavaScript the text is
 * there to select.
 */
export function SpeakerKitPage({ kit, bios, talks }: SpeakerKitPageProps) {
  const { profile, headshots } = kit
  return (
    <article>
      <header>
        <p className="mb-2 text-sm font-medium text-brand-700 dark:text-brand-300">{SPEAKER_KIT_TITLE}</p>
        <h1 dir="auto" className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">
          {profile.name}
        </h1>
        {(profile.pronouns || profile.pronunciation) && (
          <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-zinc-700 dark:text-zinc-200">
            {profile.pronouns && (
              <div className="flex gap-2">
                <dt className="shrink-0 font-medium">Pronouns:</dt>
                <dd dir="auto" data-kit="pronouns">{profile.pronouns}</dd>
              </div>
            )}
            {profile.pronunciation && (
              <div className="flex gap-2">
                <dt className="shrink-0 font-medium">Name pronounced:</dt>
                <dd dir="auto" data-kit="pronunciation">{profile.pronunciation}</dd>
              </div>
            )}
          </dl>
        )}
        {profile.headline && <p dir="auto" className="mt-2 text-lg text-zinc-600 dark:text-zinc-300">{profile.headline}</p>}
        {profile.location && <p dir="auto" className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">{profile.location}</p>}
      </header>

      {bios.length > 0 && (
        <Section id="kit-bios" title={bios.length > 1 ? 'Bios' : bios[0]!.bio.label}>
          {bios.map(({ bio, body }) => (
            <div key={bio.id} className="mt-6" data-kit-bio={bio.id}>
              {/* The Copy button at the row's end, where each talk's is, with or without a label before it. */}
              <div className={`flex items-center gap-4 ${bios.length > 1 ? 'justify-between' : 'justify-end'}`}>
                {bios.length > 1 && <h3 className="text-lg font-semibold">{bio.label}</h3>}
                <CopyTextButton target={bio.id} what={bio.label.toLowerCase()} />
              </div>
              <div id={bio.id} className="mt-2">
                <Prose body={body} />
              </div>
            </div>
          ))}
        </Section>
      )}

      {headshots.length > 0 && (
        <Section id="kit-headshots" title={headshots.length > 1 ? 'Headshots' : 'Headshot'}>
          <Headshots headshots={headshots} name={profile.name} />
        </Section>
      )}

      {talks.length > 0 && (
        <Section id="kit-talks" title="Talks">
          <ul className="mt-4 space-y-8">
            {talks.map(({ talk, abstract }) => (
              <li key={talk.slug} data-kit-talk={talk.slug}>
                <div className="flex items-center justify-between gap-4">
                  <h3 dir="auto" className="text-lg font-semibold">
                    <Link href={talk.url} className="hover:underline">
                      {talk.title}
                    </Link>
                  </h3>
                  <CopyTextButton target={`abstract-${talk.slug}`} what={`abstract of ${talk.title}`} />
                </div>
                {talk.duration !== undefined && (
                  <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-300" data-kit="duration">
                    {talk.duration} min
                  </p>
                )}
                <div id={`abstract-${talk.slug}`} className="mt-2">
                  {abstract ? <Prose body={abstract} /> : <p dir="auto" className="text-zinc-700 dark:text-zinc-200">{talk.abstract}</p>}
                </div>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {profile.links.length > 0 && (
        <Section id="kit-links" title="Links">
          <ProfileLinks links={profile.links} className="mt-4" />
        </Section>
      )}

      {profile.contact && (
        <Section id="kit-contact" title="Contact">
          <p className="mt-4">
            <a href={profile.contact.url} className="font-medium text-brand-700 hover:underline dark:text-brand-300" data-kit="contact">
              {profile.contact.text}
            </a>
          </p>
        </Section>
      )}
    </article>
  )
}
