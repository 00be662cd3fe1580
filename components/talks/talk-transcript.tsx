import type { PublicSlide } from '@/lib/core/model'
import { TalkSection } from './talk-section'

export type TalkTranscriptProps = { slides: PublicSlide[] }

/**
 * A PDF deck's words under it, slide by slide, as Speaker Deck's "Transcript": the text of each
 * page's picture, to read, to search (the site's index reads the page) and for a screen reader
 * to go through at its own pace. A Markdown deck's slides are text already: it has none.
 */
export function TalkTranscript({ slides }: TalkTranscriptProps) {
  const pages = slides.flatMap((slide) => (slide.pdf ? [{ number: slide.number, lines: slide.pdf.text.split('\n').filter(Boolean) }] : []))
  if (pages.length === 0) return null
  return (
    <TalkSection id="transcript" title="Transcript">
      <ol className="mt-4 flex flex-col gap-4">
        {pages.map(({ number, lines }) => (
          <li key={number} id={`transcript-${number}`} className="scroll-mt-6">
            <a href={`#slide-${number}`} className="text-sm font-medium text-zinc-500 underline underline-offset-2 dark:text-zinc-400">
              Slide {number}
            </a>
            {lines.length > 0 ? (
              lines.map((line, i) => (
                <p key={i} className={i === 0 ? 'font-semibold' : undefined}>
                  {line}
                </p>
              ))
            ) : (
              <p className="text-zinc-500 dark:text-zinc-400">No text on this slide.</p>
            )}
          </li>
        ))}
      </ol>
    </TalkSection>
  )
}
