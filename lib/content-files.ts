import { readdirSync } from 'node:fs'
import path from 'node:path'

export const CONTENT_DIR = 'content'

/** Files a page may embed with ![[name]]; the build publishes the ones that published pages use. */
export const ATTACHMENT_EXTENSIONS = new Set([
  '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg',
  '.pdf', '.mp3', '.m4a', '.ogg', '.wav', '.mp4', '.webm', '.mov',
])
export const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg'])

const DOCUMENT_PLACES = [/^profile\.md$/, /^talks\/.+\.mdx?$/, /^case-studies\/.+\.mdx?$/, /^notes\/.+\.mdx?$/]

export type ContentFiles = {
  /** Paths relative to content/, with "/" separators, sorted. */
  documents: string[]
  attachments: string[]
  /** Files that are neither a known document nor an attachment: each one stops the build. */
  unknown: string[]
}

/**
 * Lists content/. Hidden files and folders (.obsidian, .trash, .DS_Store) are Obsidian's or the
 * operating system's, not content, and are left alone.
 */
export function scanContentFiles(root = CONTENT_DIR): ContentFiles {
  const files: ContentFiles = { documents: [], attachments: [], unknown: [] }
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue
      const relative = dir ? `${dir}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(relative)
      else if (DOCUMENT_PLACES.some((place) => place.test(relative))) files.documents.push(relative)
      else if (ATTACHMENT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.attachments.push(relative)
      else files.unknown.push(relative)
    }
  }
  walk('')
  for (const list of Object.values(files)) list.sort()
  return files
}
