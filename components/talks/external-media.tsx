import type { ExternalDeck } from '@/lib/core/model'
import { mediaEmbeds, type MediaEmbed } from '@/lib/talks/external-media'
import { hasSlideTimes } from '@/lib/browser/slide-times'
import { withBasePath } from '@/lib/core/urls'
import { ClickToLoad } from './click-to-load'
import { DeferredSyncedRecording } from './deferred-synced-recording'

export type ExternalMediaProps = {
  deck: ExternalDeck
  video?: string
  /** Where each slide of the deck starts in the recording (its `Time:` line), for the recording in step. */
  slideTimes?: (number | undefined)[]
  /** The deck's BroadcastChannel, which the recording in step speaks on. */
  channel?: string
  /** The PDF's pages are the talk's deck (hasPdfDeck): the PDF gets its links only, no second viewer. */
  pdfIsDeck?: boolean
}

const boxClass =
  'relative aspect-video overflow-hidden rounded-xl bg-gradient-to-br from-zinc-800 to-brand-700 shadow-lg ring-1 ring-black/10 dark:ring-white/10'

const linkClass =
  'font-semibold text-brand-700 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 dark:text-brand-300'

function provider(embed: MediaEmbed): string {
  if (embed.kind === 'pdf' || embed.kind === 'file' || !embed.playerUrl) return 'this site'
  return new URL(embed.playerUrl, 'https://site.invalid').hostname.replace(/^www\./, '')
}

/**
 * The talk's external deck, PDF and recording: each a placeholder that loads its player on a click,
 * with a plain link beside it that works without JavaScript.
 */
export function ExternalMedia({ deck, video, slideTimes = [], channel, pdfIsDeck = false }: ExternalMediaProps) {
  const inStep = channel !== undefined && hasSlideTimes(slideTimes)
  const embeds = mediaEmbeds({ ...deck, video }, (path) => withBasePath(path))
  if (embeds.length === 0) return null
  return (
    <section aria-labelledby="section-media-heading" className="mt-10 space-y-8">
      <h2 id="section-media-heading" className="sr-only">
        Slides and recording
      </h2>
      {embeds.map((embed) => (
        <figure key={`${embed.kind}-${embed.href}`} className="space-y-2">
          {inStep && (embed.kind === 'youtube' || embed.kind === 'file') ? (
            <DeferredSyncedRecording
              kind={embed.kind}
              title={embed.title}
              provider={provider(embed)}
              src={(embed.kind === 'file' ? embed.fileUrl : embed.playerUrl) ?? embed.href}
              times={slideTimes.map((t) => t ?? null)}
              channel={channel}
              boxClassName={boxClass}
            />
          ) : embed.kind === 'pdf' && pdfIsDeck ? null : (
            <div className={boxClass}>
              {embed.fileUrl ? (
                // The site's own file: no third party to ask first, and preload="none" fetches nothing until played.
                <video src={embed.fileUrl} title={embed.title} controls playsInline preload="none" className="absolute inset-0 h-full w-full bg-black" />
              ) : embed.playerUrl ? (
                <ClickToLoad title={embed.title} playerUrl={embed.playerUrl} provider={provider(embed)} />
              ) : (
                <a
                  href={embed.href}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="absolute inset-0 flex flex-col items-center justify-center gap-2 text-white focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-brand-500"
                >
                  <span className="text-lg font-semibold">{`Open ${embed.title}`}</span>
                  <span className="text-xs text-white/75">Opens in a new tab: this provider offers no player we can load here</span>
                </a>
              )}
            </div>
          )}
          <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-zinc-600 dark:text-zinc-300">
            <a href={embed.href} className={linkClass}>
              {embed.kind === 'pdf' ? 'Open the PDF' : embed.kind === 'file' ? 'Open the video file' : `${embed.title}: open the original`}
            </a>
            {embed.download && (
              <a href={embed.download} download className={linkClass}>
                Download the slides (PDF)
              </a>
            )}
          </figcaption>
        </figure>
      ))}
    </section>
  )
}
