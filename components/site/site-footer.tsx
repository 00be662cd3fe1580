import type { Profile } from '@/lib/core/model'
import { ProfileLinks } from './profile-links'

export type SiteFooterProps = { profile: Profile }

export function SiteFooter({ profile }: SiteFooterProps) {
  return (
    <footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-4xl flex-col gap-4 px-4 py-8 text-sm text-zinc-600 sm:flex-row sm:items-center sm:justify-between sm:px-6 dark:text-zinc-400">
        <p>© {profile.name}</p>
        <ProfileLinks links={profile.links} />
      </div>
    </footer>
  )
}
