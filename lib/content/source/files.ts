import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { isPlaced, kindFromProperties } from './documents'
import type { DocumentKind } from '../../../content-schema'
import { isAttachment } from '../../core/file-types'
import { FrontmatterError, locateFrontmatter, splitFrontmatter } from '../../core/frontmatter'
import { ignoredReason, isPublishSiteFile, templatePlaceholder, type ObsidianFolders } from './obsidian-files'


const MARKDOWN = /\.mdx?$/i

export type ContentFiles = {
  /** Paths relative to content/, with "/" separators, sorted. */
  documents: string[]
  /**
   * The kind of each document outside the folders of kinds (talks/, case-studies/, notes/): in a
   * vault, a note, or the talk or case study it says it is (lib/content/source/documents.ts,
   * kindFromProperties). Documents in those folders are known by their place.
   */
  kinds?: Record<string, DocumentKind>
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
 * is ignored as Obsidian's or the system's own (lib/content/source/obsidian-files.ts), templates included: a
 * Markdown file with a placeholder (`{{date}}`, `<% %>`) in its frontmatter, wherever it is.
 *
 * Markdown outside profile.md, talks/, case-studies/ and notes/ is a note (or the talk or case
 * study it says it is) when the folder is a vault as Obsidian shows it: in an Obsidian vault
 * (`folders.inVault`), or carrying Obsidian Publish's site files (publish.css, site-options.json).
 * Elsewhere (content/) it is a file of no known kind, as the content format has it: a stray
 * `drafts/x.md` is refused, not published.
 */
export function scanContentFiles(root: string, folders: ObsidianFolders = {}): ContentFiles {
  const files: ContentFiles = { documents: [], attachments: [], unknown: [], ignored: [] }
  const outside: { relative: string; text: string }[] = []
  const kinds: Record<string, DocumentKind> = {}
  let published = false
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = dir ? `${dir}/${entry.name}` : entry.name
      const ignored = ignoredReason(relative, entry.isDirectory(), folders)
      if (!entry.isDirectory() && isPublishSiteFile(entry.name)) published = true
      if (ignored) {
        files.ignored.push({
          path: entry.isDirectory() ? `${relative}/` : relative,
          reason: ignored,
          files: entry.isDirectory() ? filesIn(root, relative).sort() : [relative],
        })
        continue
      }
      if (entry.isDirectory()) {
        walk(relative)
        continue
      }
      if (MARKDOWN.test(entry.name)) {
        const text = readFileSync(path.join(root, relative), 'utf8')
        const placeholder = templatePlaceholder(locateFrontmatter(text)?.yaml ?? '')
        if (placeholder) files.ignored.push({ path: relative, reason: `a template (has ${placeholder})`, files: [relative] })
        else if (isPlaced(relative)) files.documents.push(relative)
        else outside.push({ relative, text })
      } else if (isAttachment(entry.name)) files.attachments.push(relative)
      else files.unknown.push(relative)
    }
  }
  walk('')
  if (folders.inVault || published) {
    for (const { relative, text } of outside) {
      files.documents.push(relative)
      kinds[relative] = kindOf(text)
    }
    // Obsidian shows only the files it opens (help.obsidian.md, "Accepted file formats"); the
    // others (a translator's filenames.txt, a plugin's data) are the vault's, not the site's.
    for (const relative of files.unknown.splice(0)) {
      files.ignored.push({ path: relative, reason: `not a file Obsidian shows (${path.extname(relative) || 'no extension'})`, files: [relative] })
    }
  } else {
    files.unknown.push(...outside.map(({ relative }) => relative))
  }
  if (Object.keys(kinds).length) files.kinds = kinds
  files.documents.sort()
  files.attachments.sort()
  files.unknown.sort()
  files.ignored.sort((a, b) => a.path.localeCompare(b.path))
  return files
}

/** A vault note's kind by its properties; a note whose frontmatter does not parse is a note, whose reader names the problem. */
function kindOf(text: string): DocumentKind {
  // Every process of a build scans the folder: most notes' frontmatter names no kind, and is not parsed.
  if (!/kind|talk|case/i.test(locateFrontmatter(text)?.yaml ?? '')) return 'note'
  try {
    return kindFromProperties(splitFrontmatter(text).data)
  } catch {
    return 'note'
  }
}

/** A document whose frontmatter does not parse, and why (lib/core/frontmatter.ts), with its text. */
export type UnparsableDocument = { path: string; message: string; text: string }

/**
 * The documents (paths relative to `root`) whose frontmatter is not YAML. contentlayer is not
 * handed them, as it would stop in its own words (lib/content/source/contentlayer.ts); the content check
 * names them in the build's, as errors, or as warnings when the note is not published
 * (lib/content/source/documents.ts, unparsableIsPrivate). It parses every frontmatter: for once a build.
 */
export function unparsableDocuments(root: string, documents: readonly string[]): UnparsableDocument[] {
  const found: UnparsableDocument[] = []
  for (const relative of documents) {
    const text = readFileSync(path.join(root, relative), 'utf8')
    try {
      splitFrontmatter(text)
    } catch (error) {
      if (!(error instanceof FrontmatterError)) throw error
      found.push({ path: relative, message: error.message, text })
    }
  }
  return found
}
