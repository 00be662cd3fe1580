/**
 * A deck as presentation software exports it, for the benchmark: `pages` 16:9 slides, each with
 * a title, a line of text, a link and a photo-like image (noise, so that JPEG cannot shrink it:
 * the file reaches the size of a real deck full of photos). Seeded: the same deck every run.
 */
import { PDFDocument, PDFString, StandardFonts, rgb } from 'pdf-lib'
import sharp from 'sharp'

export async function syntheticPdfDeck({ pages, megabytes }: { pages: number; megabytes: number }): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  let seed = 27
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  // A JPEG of noise at quality 80 takes about 0.38 bytes a pixel... of its width squared (a 16:9
  // image): the width that brings the deck to `megabytes`.
  const side = Math.round(Math.sqrt((megabytes * 1024 * 1024) / pages / 0.38))
  for (let n = 1; n <= pages; n++) {
    const width = side, height = Math.round((side * 9) / 16)
    const noise = Buffer.alloc(width * height * 3)
    for (let i = 0; i < noise.length; i++) noise[i] = Math.floor(random() * 256)
    const jpeg = await sharp(noise, { raw: { width, height, channels: 3 } }).jpeg({ quality: 80 }).toBuffer()
    const page = doc.addPage([960, 540])
    page.drawImage(await doc.embedJpg(jpeg), { x: 480, y: 60, width: 420, height: 236 })
    page.drawText(`Slide ${n}: a title`, { x: 60, y: 460, size: 40, font, color: rgb(0.1, 0.1, 0.1) })
    page.drawText('Some text on the slide, as a speaker writes it.', { x: 60, y: 400, size: 20, font })
    page.drawText('example.com', { x: 60, y: 100, size: 20, font, color: rgb(0, 0, 0.8) })
    const link = doc.context.register(
      doc.context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [60, 95, 180, 120],
        Border: [0, 0, 0],
        A: { Type: 'Action', S: 'URI', URI: PDFString.of(`https://example.com/${n}`) },
      }),
    )
    page.node.addAnnot(link)
  }
  return doc.save()
}
