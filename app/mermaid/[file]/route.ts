import { mermaidFile, mermaidFileNames } from '@/lib/markdown/obsidian/mermaid-files'
import { EMPTY_PARAM, outputParams } from '@/lib/build/static-params'
import { routeParams } from '@/lib/build/route-params'

// Mermaid's ready-built ES modules, served by the site itself (no CDN), in `npm run dev` and as
// files of the export; only pages with a diagram load them (components/mdx/mermaid-diagrams.tsx).
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  const outputs = mermaidFileNames().map((file) => ({ params: { file } }))
  return outputParams('/mermaid/[file]', 'file', outputs, { file: EMPTY_PARAM })
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const found = mermaidFile((await routeParams(params)).file)
  if (!found) return new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(found.body), { headers: { 'Content-Type': found.type } })
}
