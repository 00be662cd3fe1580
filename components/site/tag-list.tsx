import Link from 'next/link'
import type { TagRef } from '@/lib/core/model'
import { routes } from '@/lib/core/urls'

export type TagListProps = { tags: TagRef[] }

export function TagList({ tags }: TagListProps) {
  if (tags.length === 0) return null
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link
            href={routes.tag(tag.slug)}
            className="rounded-md bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700 hover:bg-brand-100 dark:bg-brand-500/15 dark:text-brand-300 dark:hover:bg-brand-500/25"
          >
            #{tag.name}
          </Link>
        </li>
      ))}
    </ul>
  )
}
