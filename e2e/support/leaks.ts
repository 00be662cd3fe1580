/**
 * What is private stays private: the text of drafts, unpublished notes and speaker notes is looked
 * for in every file of an export (HTML, RSC payloads, JSON, JavaScript, compressed search index).
 * For any content folder and its export: e2e/leaks.spec.ts uses it on the fixture site,
 * e2e/own-content.spec.ts on the speaker's own content/ and out/.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { listFiles, plainText, publicPart, readContent, slideChunks, speakerNotes, type ContentFile } from './content'

const MIN_LINE = 20

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** Text as a reader sees it, whatever the escaping: HTML entities, JSON and JS string escapes. */
export function decode(text: string): string {
  let out = text
  for (let pass = 0; pass < 2; pass++) {
    out = out
      .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      .replace(/\\[nrt]/g, ' ')
      .replace(/\\(["'\\/])/g, '$1')
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
      .replace(/&([a-z]+);/gi, (entity, name: string) => ENTITIES[name.toLowerCase()] ?? entity)
  }
  return out
}

export const normalize = (text: string) =>
  decode(text.replace(/<!--\s*-->/g, ''))
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()

const GZIP = Buffer.from([0x1f, 0x8b, 0x08])
/** How far into a file a gzip stream may start: Pagefind prefixes its fragments with "pagefind_dcd". */
const MAX_PREFIX = 64

/**
 * A file's text, decompressed when it is compressed: .br with Brotli, and any file whose bytes hold
 * a gzip header within its first bytes (.gz, Pagefind's index and fragments), whatever its name.
 */
export function readText(bytes: Buffer, file: string): string {
  if (file.endsWith('.br')) return brotliDecompressSync(bytes).toString('utf8')
  const start = bytes.subarray(0, MAX_PREFIX + GZIP.length).indexOf(GZIP)
  if (start >= 0) {
    try {
      return gunzipSync(bytes.subarray(start)).toString('utf8')
    } catch {
      // Three bytes that only look like a gzip header: the file is what it says it is.
    }
  }
  return bytes.toString('utf8')
}

export type Secret = { text: string; from: string }

/** Each file of an export as searchable text: as written, and with markup removed (<strong>Yes</strong>, for). */
export function readExport(outDir: string): { file: string; variants: string[] }[] {
  return listFiles(outDir).map((file) => {
    const raw = readText(readFileSync(path.join(outDir, file)), file)
    return {
      file,
      variants: [normalize(raw), normalize(raw.replace(/<[^>]*>/g, '')), normalize(raw.replace(/<[^>]*>/g, ' '))],
    }
  })
}

const lines = (text: string) =>
  text
    .split('\n')
    .map(plainText)
    .filter((line) => line.length >= MIN_LINE)

/** The private text of a content folder, less what the speaker published elsewhere too. */
export function privateText(contentDir: string) {
  const content = readContent(contentDir)
  const published = content.filter((entry) => entry.published)
  const unpublished = content.filter((entry) => !entry.published)
  /** What the speaker did publish: the public text of every published file and the profile. */
  const publicText = normalize(
    [
      readFileSync(path.join(contentDir, 'profile.md'), 'utf8'),
      ...published.map((entry) =>
        entry.collection === 'talks' ? slideChunks(entry.body).map(publicPart).join('\n') : entry.body,
      ),
    ]
      .join('\n')
      .split('\n')
      .map(plainText)
      .join('\n'),
  )
  const isPublic = (secret: Secret) => publicText.includes(normalize(secret.text))
  const secretsOf = (entry: ContentFile): Secret[] => {
    const from = `content/${entry.file}`
    const description = typeof entry.data.description === 'string' ? [entry.data.description] : []
    return [entry.title, ...description, ...lines(entry.body)].map((text) => ({ text, from }))
  }
  const speakerNoteSecrets: Secret[] = content
    .filter((entry) => entry.collection === 'talks' && entry.published)
    .flatMap((talk) =>
      slideChunks(talk.body).flatMap((chunk) => lines(speakerNotes(chunk)).map((text) => ({ text, from: `speaker notes of content/${talk.file}` }))),
    )
  return {
    content,
    published,
    unpublished,
    isPublic,
    /** Titles, descriptions and lines of drafts and unpublished notes that appear in no published file. */
    unpublishedSecrets: unpublished.flatMap(secretsOf).filter((secret) => !isPublic(secret)),
    /** Lines of speaker notes, including those also published elsewhere (see isPublic). */
    speakerNoteSecrets,
  }
}

/** "out/x contains ..." for each secret found in a file of the export; empty when nothing leaked. */
export function findLeaks(outDir: string, secrets: Secret[]): string[] {
  const files = readExport(outDir)
  const leaks: string[] = []
  for (const secret of secrets) {
    const needle = normalize(secret.text)
    for (const { file, variants } of files) {
      if (variants.some((variant) => variant.includes(needle))) leaks.push(`${path.basename(outDir)}/${file} contains "${secret.text}" (${secret.from})`)
    }
  }
  return leaks
}
