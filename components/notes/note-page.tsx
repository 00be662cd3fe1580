import { Backlinks } from '@/components/site/backlinks'
import { FormattedDate } from '@/components/site/formatted-date'
import { PageHeader } from '@/components/site/page-header'
import { Prose } from '@/components/site/prose'
import { TagList } from '@/components/site/tag-list'
import type { Note, PageRef } from '@/lib/core/model'
import type { RenderedBody } from '@/lib/pages/render'
import { GrowthStage } from './growth-stage'

export type NotePageProps = { note: Note; body: RenderedBody; backlinks: PageRef[] }

export function NotePage({ note, body, backlinks }: NotePageProps) {
  return (
    // Obsidian's cssclasses style the note as the author asked (README, "Notes"): safe class names only.
    <article data-pagefind-body className={note.cssclasses.length ? note.cssclasses.join(' ') : undefined}>
      <PageHeader eyebrow="Note" title={note.title}>
        <div className="flex flex-col gap-4">
          <dl data-pagefind-ignore className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm" aria-label="Properties">
            {note.stage && (
              <>
                <dt className="text-zinc-500 dark:text-zinc-400">Growth stage</dt>
                <dd>
                  <GrowthStage stage={note.stage} />
                </dd>
              </>
            )}
            {note.created && (
              <>
                <dt className="text-zinc-500 dark:text-zinc-400">Planted</dt>
                <dd>
                  <FormattedDate day={note.created} />
                </dd>
              </>
            )}
            {note.updated && (
              <>
                <dt className="text-zinc-500 dark:text-zinc-400">Last tended</dt>
                <dd>
                  <FormattedDate day={note.updated} />
                </dd>
              </>
            )}
            {note.properties.map((property) => (
              <div key={property.key} className="contents">
                <dt className="text-zinc-500 dark:text-zinc-400">{property.key}</dt>
                <dd className="break-words">{property.value}</dd>
              </div>
            ))}
          </dl>
          <TagList tags={note.tags} />
        </div>
      </PageHeader>
      <Prose body={body} />
      <Backlinks pages={backlinks} />
    </article>
  )
}
