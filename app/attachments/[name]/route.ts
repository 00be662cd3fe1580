import { readFile } from 'node:fs/promises'
import { getAttachment, getAttachments } from '@/lib/content'
import { staticParams } from '@/lib/static-params'

// Attachments that published pages embed (![[diagram.png]]) are copied from content/ into the
// export as files; nothing is generated into public/.
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return staticParams('name', getAttachments().map((attachment) => attachment.urlName))
}

const TYPES: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif',
  svg: 'image/svg+xml', pdf: 'application/pdf', mp3: 'audio/mpeg', m4a: 'audio/mp4', ogg: 'audio/ogg',
  wav: 'audio/wav', mp4: 'video/mp4', webm: 'video/webm', mov: 'video/quicktime',
}

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const attachment = getAttachment((await params).name)
  if (!attachment) return new Response('Not found', { status: 404 })
  const type = TYPES[attachment.urlName.split('.').pop() ?? ''] ?? 'application/octet-stream'
  return new Response(await readFile(attachment.file), { headers: { 'Content-Type': type } })
}
