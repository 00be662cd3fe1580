/**
 * Where the content is read from, and how it publishes: the content source's two settings, read
 * here and nowhere else (README, "Content from anywhere").
 *
 * - CONTENT_DIR: the content folder, relative to the project or absolute (default `content`): an
 *   Obsidian vault elsewhere on disk, or a folder of one, laid out as content/ is.
 * - PUBLISH: `all` or `marked` (lib/core/publish.ts); by default `marked` when the content folder
 *   is in an Obsidian vault (a `.obsidian/` folder in it or above it), else `all`.
 *
 * contentlayer.config.ts (contentDirPath, contentDirExclude), lib/content/source/files.ts and lib/content/index.ts
 * all take the folder from here, so file names in errors and reports name the files where they are.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import {
  DEFAULT_EXCALIDRAW_FOLDER,
  DEFAULT_TEMPLATES_FOLDER,
  folderInContent,
  settingsFolder,
  type ObsidianFolders,
} from './obsidian-files'
import { decidePublishMode } from '../../core/publish'
import type { PublishSetting } from '../../core/model'

/** The content folder as given ("content", "../vault/Site", "/home/me/Vault"), "/" separators, no trailing "/". */
export const CONTENT_DIR = path.posix.normalize((process.env.CONTENT_DIR ?? '').trim().replace(/\\/g, '/') || 'content').replace(/(.)\/$/, '$1')

/** A file under the content folder as errors, reports and the build name it: "content/talks/x.md". */
export const contentFile = (relative: string) => path.posix.join(CONTENT_DIR, relative)

const isDirectory = (dir: string) => {
  try {
    return statSync(dir).isDirectory()
  } catch {
    return false
  }
}

/** The vault holding the content folder: the nearest folder, from it upwards, with a .obsidian/ folder. */
function findVault(contentRoot: string): string | undefined {
  for (let dir = contentRoot; ; dir = path.dirname(dir)) {
    if (isDirectory(path.join(dir, '.obsidian'))) return dir
    if (path.dirname(dir) === dir) return undefined
  }
}

const readIfThere = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined)

export type ContentSource = {
  /** The content folder, absolute. */
  root: string
  /** The Obsidian vault holding it, absolute, if it is in one. */
  vault?: string
  /** Obsidian's templates and Excalidraw folders, relative to the content folder, when inside it. */
  obsidianFolders: ObsidianFolders
  publish: PublishSetting
}

function readContentSource(): ContentSource {
  const root = path.resolve(CONTENT_DIR)
  const vault = findVault(root)
  const base = vault ?? root
  const inVault = path.relative(base, root).split(path.sep).join('/')
  const settings = path.join(base, '.obsidian')
  const templates = settingsFolder(readIfThere(path.join(settings, 'templates.json'))) ?? DEFAULT_TEMPLATES_FOLDER
  const excalidraw =
    settingsFolder(readIfThere(path.join(settings, 'plugins', 'obsidian-excalidraw-plugin', 'data.json'))) ?? DEFAULT_EXCALIDRAW_FOLDER
  const vaultSettings = vault ? `${path.relative(process.cwd(), path.join(vault, '.obsidian')) || '.obsidian'}/` : undefined
  return {
    root,
    vault,
    obsidianFolders: { inVault: vault !== undefined, templates: folderInContent(templates, inVault), excalidraw: folderInContent(excalidraw, inVault) },
    publish: decidePublishMode(process.env.PUBLISH, vaultSettings),
  }
}

let source: ContentSource | undefined
export function getContentSource(): ContentSource {
  source ??= readContentSource()
  return source
}
