import type { TalkSource } from '@/lib/core/model'
import { TalkSection } from './talk-section'

export type TalkSourcesProps = { sources: TalkSource[] }

/** The talk's sources: its `sources` list and the footnotes of its slides, merged. */
export function TalkSources({ sources }: TalkSourcesProps) {
  return (
    <TalkSection id="sources" title="Sources">
      <ol className="mt-4 flex list-decimal flex-col gap-3 pl-6 marker:text-zinc-500">
        {sources.map((source) => (
          <li key={source.number} id={`source-${source.number}`} className="scroll-mt-6 pl-1">
            {source.url ? (
              <a href={source.url} className="font-medium text-brand-700 underline underline-offset-4 dark:text-brand-300">
                {source.title}
              </a>
            ) : (
              <span className="font-medium">{source.title}</span>
            )}
            {source.note && <span className="text-zinc-600 dark:text-zinc-400"> — {source.note}</span>}
            {source.slides.length > 0 && (
              <span className="text-sm text-zinc-500 dark:text-zinc-400">
                {' '}
                (
                {source.slides.map((n, i) => (
                  <span key={n}>
                    {i > 0 && ', '}
                    <a href={`#slide-${n}`} className="underline underline-offset-2">
                      slide {n}
                    </a>
                  </span>
                ))}
                )
              </span>
            )}
          </li>
        ))}
      </ol>
    </TalkSection>
  )
}
