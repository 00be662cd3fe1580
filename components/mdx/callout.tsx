import type { ReactNode } from 'react'

export type CalloutProps = { title?: string; children: ReactNode }

export function Callout({ title, children }: CalloutProps) {
  return (
    <aside className="not-prose my-6 rounded-xl border border-brand-300 bg-brand-50 p-4 text-zinc-800 dark:border-brand-500/40 dark:bg-brand-500/10 dark:text-zinc-100">
      {title && <p className="mb-1 font-semibold">{title}</p>}
      <div>{children}</div>
    </aside>
  )
}
