import { readFile } from 'node:fs/promises'
import { EMPTY_PARAM, outputParams } from '@/lib/build/static-params'
import { routeParams } from '@/lib/build/route-params'
import { getTalksWithDeck } from '@/lib/content'
import { mimeType } from '@/lib/core/file-types'
import { pdfDeckFile } from '@/lib/pdf/deck'

// The pages of PDF decks as images, copied from the build cache where lib/pdf/deck.ts drew them
// into the export as files. The deck's id (a hash of its bytes) is in the path: a changed PDF has
// new URLs, and an unchanged one keeps its files and their caches.
export const dynamic = 'force-static'
export const dynamicParams = false

/** Every image of every PDF deck's slides, as deck and file names. */
function slideImages(): { deck: string; file: string }[] {
  return getTalksWithDeck().flatMap((talk) =>
    talk.slides.flatMap((slide) => (slide.pdf ? slide.pdf.images.map((image) => ({ deck: slide.pdf!.deck, file: image.file })) : [])),
  )
}

export function generateStaticParams() {
  const outputs = slideImages().map((params) => ({ params }))
  return outputParams('/slide-images/[deck]/[file]', 'file', outputs, { deck: EMPTY_PARAM, file: EMPTY_PARAM })
}

export async function GET(_request: Request, { params }: { params: Promise<{ deck: string; file: string }> }) {
  const { deck, file } = await routeParams(params)
  if (!slideImages().some((image) => image.deck === deck && image.file === file)) return new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(await readFile(pdfDeckFile(deck, file))), { headers: { 'Content-Type': mimeType(file) } })
}
