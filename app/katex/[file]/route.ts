import { katexFile, katexFileNames } from '@/lib/markdown/katex'
import { EMPTY_PARAM, outputParams } from '@/lib/build/static-params'
import { routeParams } from '@/lib/build/route-params'

// KaTeX's stylesheet and fonts, served by the site itself (no CDN), in `npm run dev` and as files
// of the export; only pages with a formula link to the stylesheet (components/site/prose.tsx).
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  const outputs = katexFileNames().map((file) => ({ params: { file } }))
  return outputParams('/katex/[file]', 'file', outputs, { file: EMPTY_PARAM })
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const found = katexFile((await routeParams(params)).file)
  if (!found) return new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(found.body), { headers: { 'Content-Type': found.type } })
}
