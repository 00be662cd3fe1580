import type { Profile } from '@/lib/core/model'
import { withBasePath } from '@/lib/core/urls'
import { ProfileLinks } from './profile-links'

export type SpeakerCardProps = { profile: Profile; headingLevel?: 'h2' | 'h3' }

export function SpeakerCard({ profile, headingLevel: Heading = 'h2' }: SpeakerCardProps) {
  return (
    <section aria-labelledby="section-speaker" className="flex flex-col gap-4 rounded-xl border border-zinc-200 p-5 sm:flex-row sm:items-center dark:border-zinc-800">
      {profile.avatar && (
        <img src={withBasePath(profile.avatar)} alt="" width={64} height={64} className="size-16 shrink-0 rounded-full" />
      )}
      <div className="min-w-0">
        <Heading id="section-speaker" className="font-semibold">
          {profile.name}
        </Heading>
        {profile.headline && <p className="text-sm text-zinc-600 dark:text-zinc-400">{profile.headline}</p>}
        <ProfileLinks links={profile.links} className="mt-3" />
      </div>
    </section>
  )
}
