import type { ReactNode } from 'react'

type TalkSectionProps = { id: string; title: string; children: ReactNode }

/** A section of the talk page under its own heading ("Sources", "Transcript"), named by it for screen readers. */
export function TalkSection({ id, title, children }: TalkSectionProps) {
  return (
    <section aria-labelledby={`section-${id}`} className="mt-12">
      <h2 id={`section-${id}`} className="text-2xl font-bold tracking-tight">
        {title}
      </h2>
      {children}
    </section>
  )
}
