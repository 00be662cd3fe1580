import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ImageResponse } from 'next/og'
import { BUILD_CACHE_DIR, cachedBytes } from '@/lib/build-cache'
import { getProfile } from '@/lib/content'
import { listSitePages, type SitePage } from '@/lib/site-pages'
import { siteConfig } from '@/lib/site-config'
import { ogImagePath } from '@/lib/urls'
import { routeParams } from '@/lib/route-params'

// A route handler rather than opengraph-image.tsx: under Turbopack that convention emits files
// without ".png" and drops the base path, so link previews broke on project sites.
export const dynamic = 'force-static'
export const dynamicParams = false

type Props = { params: Promise<{ path: string[] }> }

const toSegments = (pagePath: string) => ogImagePath(pagePath).replace(/^\/og\//, '').split('/')

export function generateStaticParams() {
  return listSitePages().map((page) => ({ path: toSegments(page.path) }))
}

// One lookup table per build worker: finding each image's page in the list would make the build
// quadratic in the number of pages.
let pagesByImage: Map<string, SitePage> | undefined
const pageOfImage = (wanted: string) => {
  pagesByImage ??= new Map(listSitePages().map((page) => [toSegments(page.path).join('/'), page]))
  return pagesByImage.get(wanted)
}

const readJson = async (file: string) => JSON.parse(await readFile(path.join(process.cwd(), file), 'utf8')) as { version: string }

// Everything besides the page that shapes an image: this file (the template), the renderer's and
// the font's versions. A rebuild reuses an image only when all of it and the page's fields match.
let template: Promise<unknown[]> | undefined
const templateInputs = () =>
  (template ??= Promise.all([
    readFile(path.join(process.cwd(), 'app/og/[...path]/route.tsx'), 'utf8'),
    readJson('node_modules/next/package.json').then((pkg) => pkg.version),
    readJson('node_modules/@fontsource/inter/package.json').then((pkg) => pkg.version),
  ]))

// Inter, bundled from npm (@fontsource/inter), read at build time: previews look the same
// wherever they are generated, in two real weights.
const fontFile = (weight: 400 | 700) =>
  readFile(path.join(process.cwd(), 'node_modules/@fontsource/inter/files', `inter-latin-${weight}-normal.woff`))

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase()

export async function GET(_request: Request, { params }: Props) {
  const page = pageOfImage((await routeParams(params)).path.join('/'))
  if (!page) return new Response('Not found', { status: 404 })
  const profile = getProfile()
  const inputs = [await templateInputs(), page, profile.name, siteConfig.themeColor]
  const png = await cachedBytes(path.join(BUILD_CACHE_DIR, 'og'), inputs, () => render(page, profile.name).then((image) => image.arrayBuffer()))
  return new Response(png, { headers: { 'Content-Type': 'image/png' } })
}

async function render(page: SitePage, name: string): Promise<Response> {
  const [regular, bold] = await Promise.all([fontFile(400), fontFile(700)])
  const size = page.title.length > 60 ? 56 : page.title.length > 32 ? 68 : 84
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 80px',
          fontFamily: 'Inter',
          color: '#fafafa',
          background: 'linear-gradient(135deg, #18181b 0%, #1e1b4b 60%, #4c1d95 100%)',
        }}
      >
        <div style={{ display: 'flex' }}>
          <div
            style={{
              display: 'flex',
              padding: '8px 20px',
              borderRadius: 999,
              background: 'rgba(167, 139, 250, 0.18)',
              border: '2px solid rgba(167, 139, 250, 0.5)',
              color: '#ddd6fe',
              fontSize: 28,
              fontWeight: 700,
              letterSpacing: 1,
            }}
          >
            {page.kicker}
          </div>
        </div>
        <div style={{ display: 'flex', fontSize: size, fontWeight: 700, lineHeight: 1.08, letterSpacing: -1.5, maxWidth: 1040 }}>
          {page.title}
        </div>
        <div style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
          <div
            style={{
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              width: 72,
              height: 72,
              borderRadius: 999,
              background: `linear-gradient(135deg, #7c3aed, ${siteConfig.themeColor})`,
              fontSize: 30,
              fontWeight: 700,
            }}
          >
            {initials(name)}
          </div>
          <div style={{ display: 'flex', flexDirection: 'column' }}>
            <div style={{ display: 'flex', fontSize: 30, fontWeight: 700 }}>{name}</div>
            {page.detail && page.detail !== name && (
              <div style={{ display: 'flex', fontSize: 26, color: '#c4b5fd' }}>{page.detail.replace(`${name} · `, '')}</div>
            )}
          </div>
        </div>
      </div>
    ),
    {
      width: 1200,
      height: 630,
      fonts: [
        { name: 'Inter', data: regular, weight: 400, style: 'normal' },
        { name: 'Inter', data: bold, weight: 700, style: 'normal' },
      ],
    },
  )
}
