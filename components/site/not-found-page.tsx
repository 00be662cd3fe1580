import Link from 'next/link'
import { NOT_FOUND_MARKER } from '@/lib/core/export-shell'
import { routes } from '@/lib/core/urls'

export function NotFoundPage() {
  return (
    // The marker lets the build tell this view from a page's content (lib/core/export-shell.ts).
    <section {...{ [NOT_FOUND_MARKER]: '' }} className="py-16 text-center">
      <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">This page does not exist</h1>
      <p className="mt-4 text-zinc-600 dark:text-zinc-400">It may have moved, or the link may be mistyped.</p>
      <p className="mt-8 flex justify-center gap-4">
        <Link href={routes.home()} className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          Go home
        </Link>
        <Link href={routes.talks()} className="rounded-lg border border-zinc-300 px-4 py-2 font-semibold dark:border-zinc-700">
          See all talks
        </Link>
      </p>
    </section>
  )
}
