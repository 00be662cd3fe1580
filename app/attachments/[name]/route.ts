import { readFile } from 'node:fs/promises'
import { EMPTY_PARAM, outputParams } from '@/lib/build/static-params'
import { getAttachment, getAttachments } from '@/lib/content'
import type { Attachment } from '@/lib/core/model'
import { parseVariantName, variantName, variantWidths } from '@/lib/markdown/image-variants'
import { readImageSize } from '@/lib/markdown/images'
import { mimeType } from '@/lib/core/file-types'
import { resizeImage } from '@/lib/build/resize-image'
import { routeParams } from '@/lib/build/route-params'

// Attachments that published pages embed (![[diagram.png]]) are copied from content/ into the
// export as files, with the smaller copies of a large photo ("photo.640w.png") that srcset
// offers (lib/markdown/image-variants.ts); nothing is generated into public/.
export const dynamic = 'force-static'
export const dynamicParams = false

const widthsOf = (attachment: Attachment) =>
  attachment.isImage ? variantWidths(attachment.urlName, readImageSize(attachment.file)?.width) : []

export function generateStaticParams() {
  const names = getAttachments().flatMap((attachment) => [attachment.urlName, ...widthsOf(attachment).map((w) => variantName(attachment.urlName, w))])
  return outputParams('/attachments/[name]', 'file', names.map((name) => ({ params: { name } })), { name: EMPTY_PARAM })
}

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const name = (await routeParams(params)).name
  const variant = parseVariantName(name)
  const attachment = getAttachment(variant?.name ?? name)
  if (!attachment || (variant && !widthsOf(attachment).includes(variant.width))) return new Response('Not found', { status: 404 })
  const type = mimeType(attachment.urlName)
  const body = variant ? await resizeImage(attachment.file, variant.width) : await readFile(attachment.file)
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': type } })
}
