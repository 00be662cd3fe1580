import type { ExternalDeck } from '@/lib/content'
import { withBasePath } from '@/lib/urls'

export type ExternalMediaProps = { deck: ExternalDeck; video?: string }

/** Links to the talk's external deck, PDF and recording, when the frontmatter names them. */
export function ExternalMedia({ deck, video }: ExternalMediaProps) {
  const items = [
    deck.speakerdeck && { label: 'Slides on Speaker Deck', href: deck.speakerdeck },
    deck.embed && { label: 'Open the slides', href: deck.embed },
    deck.pdf && { label: 'Download the slides (PDF)', href: withBasePath(deck.pdf), download: true },
    video && { label: 'Watch the video', href: video },
  ].filter((item): item is { label: string; href: string; download?: boolean } => Boolean(item))
  if (items.length === 0) return null
  return (
    <ul className="mt-6 flex flex-wrap gap-3" aria-label="Slides and video">
      {items.map((item) => (
        <li key={item.href}>
          <a
            href={item.href}
            download={item.download || undefined}
            className="inline-flex rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
          >
            {item.label}
          </a>
        </li>
      ))}
    </ul>
  )
}
