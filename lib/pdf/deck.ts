/**
 * A PDF deck as slides: each page's text, its links and its image in a few widths and two modern
 * formats, read by lib/pdf/render-pdf.mjs (pdf.js and @napi-rs/canvas from npm: no system tools,
 * no network) and cached under the PDF's bytes, so an unchanged deck costs one hash on the next build.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { bytesHash, cacheFolder, cacheKey, codeOf } from '../cache/files'
import type { PdfImage, PdfLink } from '../core/model'

/** A page of the deck: `text` is its lines in reading order, "" on a page without text. */
export type PdfPage = { number: number; text: string; links: PdfLink[]; images: PdfImage[] }
/** A read deck: `id` names it by its bytes and the code that read it, `folder` holds its images. */
export type PdfDeck = { id: string; folder: string; pages: PdfPage[] }
/** Why a PDF gives no deck, in words for the speaker (the caller names the talk file and its field). */
export type PdfDeckProblem = { problem: string }

/**
 * The widths of each page's image, in pixels: a phone's column and a full-width deck on a laptop
 * (twice for a sharp screen). The largest is drawn, the others resized from it.
 */
export const PDF_SLIDE_WIDTHS = [640, 1280] as const

// The reader and the libraries it calls (their versions pinned in package-lock.json): a new version
// of either may draw a page differently, so it reads every deck anew.
const readerCode = codeOf(['lib/pdf'])
const RENDERER = path.join('lib', 'pdf', 'render-pdf.mjs')

type Stored = { pages: PdfPage[] } | { error: { kind: 'encrypted' | 'corrupt' | 'empty'; message: string } }

/** The file of one of a read deck's images: `deck` its id, `file` the image's name ("3-1280.webp"). */
export function pdfDeckFile(deck: string, file: string, cache = cacheFolder('pdf-decks')): string {
  return path.join(cache, deck, path.basename(file))
}

/**
 * The deck of the PDF at `pdfFile`, or the problem that stops it: a missing file, a file that is
 * not a PDF, a PDF behind a password or without pages. `cache`: where decks are kept (the build's
 * cache; a test passes its own folder).
 */
export function readPdfDeck(pdfFile: string, cache = cacheFolder('pdf-decks')): PdfDeck | PdfDeckProblem {
  if (!existsSync(pdfFile)) return { problem: `there is no file at ${pdfFile}` }
  const id = cacheKey({ pdf: bytesHash(readFileSync(pdfFile)), code: readerCode(), widths: PDF_SLIDE_WIDTHS }).slice(0, 16)
  const folder = path.join(cache, id)
  const stored = path.join(folder, 'deck.json')
  if (!existsSync(stored)) {
    const failed = render(pdfFile, folder)
    if (failed) return { problem: failed }
  }
  const deck = JSON.parse(readFileSync(stored, 'utf8')) as Stored
  if ('error' in deck) return { problem: deck.error.message }
  return { id, folder, pages: deck.pages }
}

/**
 * Renders the deck into a folder of its own and renames it into place whole: build workers that
 * read the same deck at once each render it, and each finds either no folder or a complete one.
 * Returns why the renderer failed, if it did.
 */
function render(pdfFile: string, folder: string): string | undefined {
  const temporary = `${folder}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  const run = spawnSync(process.execPath, [path.join(process.cwd(), RENDERER), pdfFile, temporary, PDF_SLIDE_WIDTHS.join(',')], {
    encoding: 'utf8',
  })
  if (run.status !== 0) {
    rmSync(temporary, { recursive: true, force: true })
    // pdf.js gave up on a page (a damaged stream, an unsupported feature): the deck's fault, not the build's.
    const why = (run.stderr || run.error?.message || '').trim().split('\n').slice(0, 3).join(' ')
    return `the PDF could not be drawn: ${why}`
  }
  try {
    renameSync(temporary, folder)
  } catch (error) {
    // Another worker renamed its copy first: the same bytes, read by the same code.
    rmSync(temporary, { recursive: true, force: true })
    if (!existsSync(path.join(folder, 'deck.json'))) throw error
  }
  return undefined
}
