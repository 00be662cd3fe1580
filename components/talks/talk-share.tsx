import { hasDeck, type Talk } from '@/lib/core/model'
import { embedIframe } from '@/lib/talks/oembed'
import { qrSvg } from '@/lib/talks/share'
import { blueskyShareUrl, linkedInShareUrl, tweetUrl } from '@/lib/browser/share-links'
import { absoluteUrl } from '@/lib/core/urls'
import { CopyLinkButton } from './copy-link-button'
import { EmbedCode } from './embed-code'
import { MastodonShare } from './mastodon-share'
import { TalkSection } from './talk-section'

export type TalkShareProps = { talk: Talk }

const shareLinks = (text: string, url: string) =>
  [
    ['X', tweetUrl(text, url)],
    ['Bluesky', blueskyShareUrl(text, url)],
    ['LinkedIn', linkedInShareUrl(url)],
  ] as const

const linkClass =
  'font-semibold text-brand-700 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 dark:text-brand-300'

/**
 * What an attendee needs at the meetup: a QR code of the talk's own URL (not the shortlink, so
 * the code still works if a shortlink is renamed and skips a redirect on a venue's slow Wi-Fi),
 * the link to copy, and links that share it on X, Bluesky and LinkedIn, and on the reader's own
 * Mastodon instance. The QR code is SVG made at build time.
 */
export async function TalkShare({ talk }: TalkShareProps) {
  const url = absoluteUrl(talk.url)
  const svg = await qrSvg(url)
  return (
    <TalkSection id="share" title="Share">
      <div className="mt-4 flex flex-col gap-6 rounded-xl border border-zinc-200 p-4 sm:flex-row sm:items-center dark:border-zinc-800">
        <figure className="shrink-0">
          <div
            role="img"
            aria-label={`QR code of ${url}`}
            data-testid="talk-qr"
            className="w-40 overflow-hidden rounded-lg bg-white [&>svg]:h-auto [&>svg]:w-full"
            dangerouslySetInnerHTML={{ __html: svg }}
          />
        </figure>
        <div className="flex min-w-0 flex-1 flex-col gap-4">
          <CopyLinkButton url={url} />
          <ul aria-label="Share on" className="flex flex-wrap gap-x-6 gap-y-2">
            {shareLinks(talk.title, url).map(([network, href]) => (
              <li key={network}>
                <a href={href} target="_blank" rel="noopener noreferrer" className={linkClass}>
                  Share on {network}
                </a>
              </li>
            ))}
          </ul>
          <MastodonShare text={talk.title} url={url} />
        </div>
      </div>
      {/* A deck in the body can be embedded elsewhere: its iframe code. */}
      {hasDeck(talk) && (
        <div className="mt-4 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
          <EmbedCode code={embedIframe(talk)} />
        </div>
      )}
    </TalkSection>
  )
}
