import type { ReactNode } from 'react'

export type PageHeaderProps = { eyebrow?: ReactNode; title: string; description?: string; children?: ReactNode }

export function PageHeader({ eyebrow, title, description, children }: PageHeaderProps) {
  return (
    <header className="mb-10">
      {eyebrow && <p className="mb-2 text-sm font-medium text-brand-700 dark:text-brand-300">{eyebrow}</p>}
      <h1 dir="auto" className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{title}</h1>
      {description && <p dir="auto" className="mt-3 text-lg text-zinc-600 dark:text-zinc-300">{description}</p>}
      {children && <div className="mt-4">{children}</div>}
    </header>
  )
}
