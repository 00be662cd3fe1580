import type { NoteProperty } from '@/lib/core/model'

export type PropertyListProps = { properties: NoteProperty[] }

/** Obsidian properties the site has no meaning for (Owner, Lifespan...), shown as written. */
export function PropertyList({ properties }: PropertyListProps) {
  if (properties.length === 0) return null
  return (
    <dl data-pagefind-ignore className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm" aria-label="Properties">
      {properties.map((property) => (
        <div key={property.key} className="contents">
          <dt className="text-zinc-500 dark:text-zinc-400">{property.key}</dt>
          <dd className="break-words">{property.value}</dd>
        </div>
      ))}
    </dl>
  )
}
