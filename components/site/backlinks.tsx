import type { PageRef } from '@/lib/core/model'
import { PageList } from './page-list'

export type BacklinksProps = { pages: PageRef[] }

/** The pages that link here with a [[wikilink]]. */
export function Backlinks({ pages }: BacklinksProps) {
  return (
    <section data-pagefind-ignore aria-labelledby="section-backlinks" className="mt-12 rounded-xl border border-zinc-200 p-5 dark:border-zinc-800">
      <h2 id="section-backlinks" className="text-sm font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
        Linked from
      </h2>
      <PageList pages={pages} showKind emptyText="No other page links here yet." />
    </section>
  )
}
