import Link from 'next/link'
import { PAGE_KIND_NAMES, type PageRef } from '@/lib/core/model'
import { FormattedDate } from './formatted-date'

export type PageListItemProps = { page: PageRef; showKind: boolean; headingLevel: 2 | 3 }

/** One entry of a list of pages: its title as a link, its kind and date, its description. */
export function PageListItem({ page, showKind, headingLevel }: PageListItemProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article>
      <Heading dir="auto" className="text-lg font-semibold leading-snug">
        <Link href={page.url} className="hover:text-brand-600 dark:hover:text-brand-300">
          {page.title}
        </Link>
      </Heading>
      <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">
        {showKind && <span>{PAGE_KIND_NAMES[page.kind].one}</span>}
        {showKind && page.date && <span aria-hidden="true"> · </span>}
        {page.date && <FormattedDate day={page.date} />}
      </p>
      {page.description && <p dir="auto" className="mt-2 text-zinc-700 dark:text-zinc-300">{page.description}</p>}
    </article>
  )
}
