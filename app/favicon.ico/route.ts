import { faviconIco } from '@/lib/og/icon'

// /favicon.ico, drawn from app/icon.svg at build time (lib/og/icon.ts): clients that read no <link> ask for it.
export const dynamic = 'force-static'

export async function GET() {
  return new Response(new Uint8Array(await faviconIco()), { headers: { 'Content-Type': 'image/x-icon' } })
}
