// BASE_PATH serves the site from a sub-folder (https://user.github.io/talks-site/); lib/site-config.ts
// reads the same variable for absolute URLs.
const basePath = (process.env.BASE_PATH ?? '').trim().replace(/\/+$/, '')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Always a static export: everything the site does must work from files on any host.
  output: 'export',
  trailingSlash: true,
  basePath: basePath ? (basePath.startsWith('/') ? basePath : `/${basePath}`) : undefined,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: { root: import.meta.dirname },
}

export default nextConfig
