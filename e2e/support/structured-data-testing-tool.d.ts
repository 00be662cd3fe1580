// structured-data-testing-tool ships no types: the part of its API the specs call.
declare module 'structured-data-testing-tool' {
  export type SdttTest = { test: string; type?: 'jsonld' | 'metatag' | 'microdata' | 'rdfa'; expect?: unknown; warning?: boolean; description?: string }
  export type SdttPreset = { name: string; description: string; tests?: SdttTest[]; presets?: SdttPreset[]; schema?: string }
  export type SdttResult = { passed: SdttTest[]; failed: (SdttTest & { error?: { message: string } })[]; warnings: SdttTest[]; schemas: string[]; structuredData: { jsonld: Record<string, unknown[]> } }
  const sdtt: {
    structuredDataTest(input: string | Buffer, options?: { presets?: SdttPreset[]; schemas?: string[]; tests?: SdttTest[] }): Promise<SdttResult>
  }
  export default sdtt
}
declare module 'structured-data-testing-tool/presets.js' {
  import type { SdttPreset } from 'structured-data-testing-tool'
  const presets: { Google: SdttPreset; Twitter: SdttPreset; Facebook: SdttPreset }
  export default presets
}
