import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ImageResponse } from 'next/og'
import { getProfile } from '@/lib/content'
import { listSitePages } from '@/lib/site-pages'
import { siteConfig } from '@/lib/site-config'
import { ogImagePath } from '@/lib/urls'

// A route handler rather than opengraph-image.tsx: under Turbopack that convention emits files
// without ".png" and drops the base path, so link previews broke on project sites.
export const dynamic = 'force-static'
export const dynamicParams = false

type Props = { params: Promise<{ path: string[] }> }

const toSegments = (pagePath: string) => ogImagePath(pagePath).replace(/^\/og\//, '').split('/')

export function generateStaticParams() {
  return listSitePages().map((page) => ({ path: toSegments(page.path) }))
}

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
  const wanted = (await params).path.join('/')
  const page = listSitePages().find((p) => toSegments(p.path).join('/') === wanted)
  if (!page) return new Response('Not found', { status: 404 })
  const profile = getProfile()
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
            {initials(profile.name)}
          </div>
          <div style={{ display: 'flex', flexDirection: 'column' }}>
            <div style={{ display: 'flex', fontSize: 30, fontWeight: 700 }}>{profile.name}</div>
            {page.detail && page.detail !== profile.name && (
              <div style={{ display: 'flex', fontSize: 26, color: '#c4b5fd' }}>{page.detail.replace(`${profile.name} · `, '')}</div>
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
