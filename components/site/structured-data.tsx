import { JsonLdScript } from 'next-seo'
import type { JsonLd } from '@/lib/seo/json-ld'

export type StructuredDataProps = { items: JsonLd[] }

/** JSON-LD blocks, each in its own script tag; the data is built in lib/seo/json-ld.ts. */
export function StructuredData({ items }: StructuredDataProps) {
  return (
    <>
      {items.map((data, index) => (
        <JsonLdScript key={`${data['@type']}-${index}`} scriptKey={`${data['@type']}-${index}`} data={data} />
      ))}
    </>
  )
}
