import { JsonLdScript } from 'next-seo'
import type { JsonLd } from '@/lib/structured-data'

export type StructuredDataProps = { items: JsonLd[] }

/** JSON-LD blocks, each in its own script tag; the data is built in lib/structured-data.ts. */
export function StructuredData({ items }: StructuredDataProps) {
  return (
    <>
      {items.map((data, index) => (
        <JsonLdScript key={`${data['@type']}-${index}`} scriptKey={`${data['@type']}-${index}`} data={data} />
      ))}
    </>
  )
}
