import Link from 'next/link'
import { SiteSearch } from '@/components/search/site-search'
import { PAGE_KIND_NAMES } from '@/lib/core/model'
import { routes, withBasePath } from '@/lib/core/urls'

export type SiteHeaderProps = { name: string }

const NAV = [
  { href: routes.talks(), label: PAGE_KIND_NAMES.talk.collection },
  { href: routes.caseStudies(), label: PAGE_KIND_NAMES['case-study'].collection },
  { href: routes.notes(), label: PAGE_KIND_NAMES.note.collection },
  { href: routes.tags(), label: 'Tags' },
]

export function SiteHeader({ name }: SiteHeaderProps) {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4 sm:px-6">
        <Link href={routes.home()} className="text-lg font-semibold tracking-tight hover:text-brand-600 dark:hover:text-brand-300">
          {name}
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium text-zinc-600 dark:text-zinc-300">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="hover:text-zinc-950 dark:hover:text-white">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SiteSearch scriptUrl={withBasePath('/pagefind/pagefind.js')} baseUrl={withBasePath('/')} />
      </div>
    </header>
  )
}
