import { ImageResponse } from 'next/og'
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

export async function GET(_request: Request, { params }: Props) {
  const wanted = (await params).path.join('/')
  const page = listSitePages().find((p) => toSegments(p.path).join('/') === wanted)
  if (!page) return new Response('Not found', { status: 404 })
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '72px 80px',
          background: '#18181b',
          color: '#fafafa',
          borderTop: `16px solid ${siteConfig.themeColor}`,
        }}
      >
        <div style={{ display: 'flex', fontSize: 32, color: '#a5b4fc', textTransform: 'uppercase', letterSpacing: 2 }}>
          {page.kicker}
        </div>
        <div style={{ display: 'flex', fontSize: page.title.length > 40 ? 64 : 84, fontWeight: 700, lineHeight: 1.1 }}>
          {page.title}
        </div>
        <div style={{ display: 'flex', fontSize: 34, color: '#d4d4d8' }}>{page.detail ?? ' '}</div>
      </div>
    ),
    { width: 1200, height: 630 },
  )
}
