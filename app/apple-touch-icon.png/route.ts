import { appleTouchIcon } from '@/lib/og/icon'

// /apple-touch-icon.png, drawn from app/icon.svg at build time (lib/og/icon.ts): a home screen's icon.
export const dynamic = 'force-static'

export async function GET() {
  return new Response(new Uint8Array(await appleTouchIcon()), { headers: { 'Content-Type': 'image/png' } })
}
