import Link from 'next/link'
import { PageHeader } from '@/components/site/page-header'
import type { Tag } from '@/lib/core/model'
import { routes } from '@/lib/core/urls'

export type TagIndexProps = { tags: Tag[] }

export function TagIndex({ tags }: TagIndexProps) {
  return (
    <>
      <PageHeader title="Tags" description="Every topic across talks, case studies and notes." />
      <ul className="flex flex-wrap gap-3">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link
              href={routes.tag(tag.slug)}
              className="inline-flex items-center gap-2 rounded-lg border border-zinc-200 px-3 py-1.5 hover:border-brand-500 dark:border-zinc-800"
            >
              <span className="font-medium">#{tag.name}</span>
              <span className="text-sm text-zinc-500 dark:text-zinc-400">{tag.pages.length}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  )
}
