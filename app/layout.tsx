import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { DevContentReload } from '@/components/site/dev-content-reload'
import { SiteFooter } from '@/components/site/site-footer'
import { SiteHeader } from '@/components/site/site-header'
import { devContentStatus, getProfile } from '@/lib/content'
import { titleWithSiteName } from '@/lib/seo'
import { siteConfig } from '@/lib/core/site-config'
import { isDev } from '@/lib/core/run-mode'
import { absoluteUrl, withBasePath } from '@/lib/core/urls'
import { releaseMemory } from '@/lib/build/worker-memory'
import './globals.css'

export function generateMetadata(): Metadata {
  const profile = getProfile()
  return {
    metadataBase: new URL(absoluteUrl('/')),
    title: { default: profile.name, template: titleWithSiteName('%s', profile.name) },
    description: profile.headline,
    authors: [{ name: profile.name }],
    // Beside app/icon.svg (linked by Next's file convention): raster copies drawn from it at build
    // time, for the clients that take no SVG (app/favicon.ico/, app/apple-touch-icon.png/).
    icons: { shortcut: withBasePath('/favicon.ico'), apple: { url: withBasePath('/apple-touch-icon.png'), sizes: '180x180' } },
  }
}

export const viewport: Viewport = {
  themeColor: siteConfig.themeColor,
  colorScheme: 'light dark',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  releaseMemory()
  const profile = getProfile()
  return (
    <html lang={siteConfig.locale}>
      <body className="bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-zinc-900"
        >
          Skip to content
        </a>
        <SiteHeader name={profile.name} />
        <main id="main" className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
          {children}
        </main>
        <SiteFooter profile={profile} />
        {isDev() && (
          <DevContentReload version={devContentStatus().version} eventsUrl={withBasePath('/dev-content-events/')} />
        )}
      </body>
    </html>
  )
}
