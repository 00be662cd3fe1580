import { EMPTY_PARAM, outputParams } from '@/lib/build/static-params'
import { cacheFolder, cachedBytes } from '@/lib/cache/files'
import { perSite } from '@/lib/content'
import { describeCharacter } from '@/lib/og/fonts'
import { renderOgImage } from '@/lib/og/image'
import { ogImageInputs } from '@/lib/og/card'
import { listPublishedPages, type PublishedPage } from '@/lib/pages/published-pages'
import { ogImagePath } from '@/lib/core/urls'
import { routeParams } from '@/lib/build/route-params'
import { releaseMemory } from '@/lib/build/worker-memory'

// A route handler rather than opengraph-image.tsx: under Turbopack that convention emits files
// without ".png" and drops the base path, so link previews broke on project sites.
export const dynamic = 'force-static'
export const dynamicParams = false

type Props = { params: Promise<{ path: string[] }> }

const toSegments = (pagePath: string) => ogImagePath(pagePath).replace(/^\/og\//, '').split('/')

export function generateStaticParams() {
  const outputs = listPublishedPages().map((page) => ({ params: { path: toSegments(page.path) }, file: page.file }))
  return outputParams('/og/[...path]', 'file', outputs, { path: [EMPTY_PARAM] })
}

// One lookup table per site (lib/content/index.ts's perSite): finding each image's page in the list
// would make the build quadratic in the pages, and `npm run dev` makes it again after a save.
const pagesByImage = perSite(() => new Map(listPublishedPages().map((page) => [toSegments(page.path).join('/'), page])))
const pageOfImage = (wanted: string): PublishedPage | undefined => pagesByImage().get(wanted)

export async function GET(_request: Request, { params }: Props) {
  releaseMemory()
  const page = pageOfImage((await routeParams(params)).path.join('/'))
  if (!page) return new Response('Not found', { status: 404 })
  const { card, inputs } = ogImageInputs(page)
  const png = await cachedBytes(cacheFolder('og'), inputs, async () => {
    const image = await renderOgImage(card)
    // scripts/content-report.ts lists these before the build; this catches what only satori saw.
    if (image.missing.length) {
      console.warn(`Warning: ${page.file}: no preview font draws ${image.missing.map(describeCharacter).join(', ')}; its link-preview image shows boxes`)
    }
    return new Uint8Array(image.png).buffer
  })
  return new Response(png, { headers: { 'Content-Type': 'image/png' } })
}
