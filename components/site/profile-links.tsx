import type { ProfileLink } from '@/lib/core/model'

export type ProfileLinksProps = { links: ProfileLink[]; className?: string }

/** The speaker's links, with rel="me" so Mastodon and others can verify the site. */
export function ProfileLinks({ links, className = '' }: ProfileLinksProps) {
  if (links.length === 0) return null
  return (
    <ul className={`flex flex-wrap gap-2 ${className}`}>
      {links.map((link) => (
        <li key={link.kind}>
          <a
            href={link.url}
            rel="me noopener"
            className="inline-flex items-center rounded-full border border-zinc-300 px-3 py-1 text-sm font-medium text-zinc-700 hover:border-brand-500 hover:text-brand-700 dark:border-zinc-700 dark:text-zinc-200 dark:hover:border-brand-400 dark:hover:text-brand-300"
          >
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  )
}
