import { parseExcerpt } from '@/lib/browser/pagefind-excerpt'

export type SearchExcerptProps = { excerpt: string }

/** Pagefind's excerpt with its highlighted words, rendered as text: the index is never parsed as HTML. */
export function SearchExcerpt({ excerpt }: SearchExcerptProps) {
  return (
    <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
      {parseExcerpt(excerpt).map((part, index) =>
        part.marked ? (
          <mark key={index} className="rounded-sm bg-brand-100 px-0.5 text-inherit dark:bg-brand-700 dark:text-white">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </p>
  )
}
