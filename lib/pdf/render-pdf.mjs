// Reads one PDF deck: each page's text, its links and its image in a few widths. Run as a child
// process (lib/pdf/deck.ts, readPdfDeck): pdf.js is asynchronous while the site's content is read
// synchronously, and a child keeps the renderer's memory out of the build's workers and returns
// it when the deck is done. Plain JavaScript, so that Node runs it without a TypeScript loader.
//
//   node lib/pdf/render-pdf.mjs <deck.pdf> <output folder> <widths, e.g. 640,1280>
//
// Writes deck.json ({ pages } or { error: { kind, message } }) and the images into the folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createCanvas } from '@napi-rs/canvas'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import sharp from 'sharp'

const [pdfFile, outFolder, widthList] = process.argv.slice(2)
if (!pdfFile || !outFolder || !widthList) throw new Error('usage: render-pdf.mjs <deck.pdf> <output folder> <widths>')
const widths = widthList.split(',').map(Number).sort((a, b) => a - b)

// pdf.js's own data, from its npm package: the standard fonts draw the text of a PDF that does not
// embed its fonts (PowerPoint's Arial, Helvetica), the CMaps read CJK text, the wasm decodes JPEG
// 2000 and JBIG2 images and colour profiles. Folders with a trailing slash, as pdf.js joins names.
const pdfjsRoot = path.join(process.cwd(), 'node_modules', 'pdfjs-dist')
const dataFolder = (name) => `${path.join(pdfjsRoot, name)}${path.sep}`

/** @param {{ kind: string, message: string }} error */
function fail(error) {
  writeFileSync(path.join(outFolder, 'deck.json'), JSON.stringify({ error }))
  process.exit(0)
}

mkdirSync(outFolder, { recursive: true })
const bytes = new Uint8Array(readFileSync(pdfFile))
let pdf
try {
  pdf = await getDocument({
    data: bytes,
    standardFontDataUrl: dataFolder('standard_fonts'),
    cMapUrl: dataFolder('cmaps'),
    cMapPacked: true,
    wasmUrl: dataFolder('wasm'),
    iccUrl: dataFolder('iccs'),
    // No fonts of the machine: a deck renders the same on a laptop and in CI.
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise
} catch (error) {
  const name = error instanceof Error ? error.name : ''
  if (name === 'PasswordException') fail({ kind: 'encrypted', message: 'the PDF is protected by a password: export it without one' })
  fail({ kind: 'corrupt', message: `the file is not a readable PDF (${error instanceof Error ? error.message : String(error)})` })
}
if (pdf.numPages === 0) fail({ kind: 'empty', message: 'the PDF has no pages' })

/** A page's text in reading order: pdf.js's items joined, a line break where the PDF ends a line. */
function pageText(items) {
  let text = ''
  for (const item of items) {
    if (!('str' in item)) continue
    text += item.str
    text += item.hasEOL ? '\n' : ''
  }
  return text
    .split('\n')
    // A glyph without a Unicode mapping comes out as a control character: never slide text.
    .map((line) => line.replace(/[\p{Cc}\s]+/gu, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

const round = (n) => Math.round(n * 10000) / 10000
const pages = []
for (let number = 1; number <= pdf.numPages; number++) {
  const page = await pdf.getPage(number)
  const base = page.getViewport({ scale: 1 })
  const text = pageText((await page.getTextContent()).items)
  // A link annotation's rectangle is in PDF units from the page's bottom left: as fractions of the
  // page from its top left, it sits on the slide's image at any width.
  const links = []
  for (const annotation of await page.getAnnotations({ intent: 'display' })) {
    if (annotation.subtype !== 'Link' || typeof annotation.url !== 'string') continue
    const [x1, y1, x2, y2] = base.convertToViewportRectangle(annotation.rect)
    const left = Math.min(x1, x2), top = Math.min(y1, y2)
    links.push({
      url: annotation.url,
      x: round(left / base.width),
      y: round(top / base.height),
      width: round(Math.abs(x2 - x1) / base.width),
      height: round(Math.abs(y2 - y1) / base.height),
    })
  }
  // Drawn once, at the largest width; the smaller ones are resized from it.
  const largest = widths[widths.length - 1]
  const viewport = page.getViewport({ scale: largest / base.width })
  const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height))
  const context = canvas.getContext('2d')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  await page.render({ canvas, canvasContext: context, viewport }).promise
  // Raw pixels to sharp: a PNG in between would cost a lossless encode and decode per page.
  const pixels = Buffer.from(context.getImageData(0, 0, canvas.width, canvas.height).data.buffer)
  const drawn = { raw: { width: canvas.width, height: canvas.height, channels: 4 } }
  page.cleanup()
  const images = []
  for (const width of widths) {
    const height = Math.round((canvas.height * width) / canvas.width)
    for (const format of ['avif', 'webp']) {
      const name = `${number}-${width}.${format}`
      const resized = sharp(pixels, drawn).removeAlpha().resize(width, height)
      const encoded = format === 'avif' ? resized.avif({ quality: 60, effort: 2 }) : resized.webp({ quality: 80 })
      await encoded.toFile(path.join(outFolder, name))
      images.push({ file: name, width, height, format })
    }
  }
  pages.push({ number, text, links, images })
}
writeFileSync(path.join(outFolder, 'deck.json'), JSON.stringify({ pages }))
await pdf.destroy()
