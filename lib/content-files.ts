import { readdirSync } from 'node:fs'
import path from 'node:path'
import { ignoredReason, type ObsidianFolders } from './obsidian-files'

/** Files a page may embed with ![[name]]; the build publishes the ones that published pages use. */
export const ATTACHMENT_EXTENSIONS = new Set([
  '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg',
  // Obsidian's audio, video and PDF formats ("Accepted file formats"), embedded as players (lib/markdown/media.ts).
  '.pdf', '.mp3', '.m4a', '.ogg', '.wav', '.flac', '.3gp', '.mp4', '.webm', '.ogv', '.mov', '.mkv',
])
export const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg'])

const DOCUMENT_PLACES = [/^profile\.md$/, /^talks\/.+\.mdx?$/, /^case-studies\/.+\.mdx?$/, /^notes\/.+\.mdx?$/]

export type ContentFiles = {
  /** Paths relative to content/, with "/" separators, sorted. */
  documents: string[]
  attachments: string[]
  /** Files that are neither a known document nor an attachment: each one stops the build. */
  unknown: string[]
  /**
   * Obsidian's and the system's own files and folders (.obsidian/, .trash/, templates, canvases,
   * Excalidraw drawings, .DS_Store), not content: left alone, and listed. A folder is one entry
   * ("Templates/") with the number of files in it.
   */
  ignored: { path: string; reason: string; files: string[] }[]
}

function filesIn(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`
    return entry.isDirectory() ? filesIn(root, relative) : [relative]
  })
}

/**
 * Lists the content folder (`root`): documents, attachments, files of no known kind, and what
 * is ignored as Obsidian's or the system's own (lib/obsidian-files.ts).
 */
export function scanContentFiles(root: string, folders: ObsidianFolders = {}): ContentFiles {
  const files: ContentFiles = { documents: [], attachments: [], unknown: [], ignored: [] }
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = dir ? `${dir}/${entry.name}` : entry.name
      const ignored = ignoredReason(relative, entry.isDirectory(), folders)
      if (ignored) {
        files.ignored.push({
          path: entry.isDirectory() ? `${relative}/` : relative,
          reason: ignored,
          files: entry.isDirectory() ? filesIn(root, relative).sort() : [relative],
        })
        continue
      }
      if (entry.isDirectory()) walk(relative)
      else if (DOCUMENT_PLACES.some((place) => place.test(relative))) files.documents.push(relative)
      else if (ATTACHMENT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.attachments.push(relative)
      else files.unknown.push(relative)
    }
  }
  walk('')
  files.documents.sort()
  files.attachments.sort()
  files.unknown.sort()
  files.ignored.sort((a, b) => a.path.localeCompare(b.path))
  return files
}
