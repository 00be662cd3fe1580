/**
 * Obsidian's own files in a vault: its settings, its trash, templates, canvases and Excalidraw
 * drawings. They are not content: the build ignores them and lists them in its report, and
 * contentlayer does not parse them (contentlayer.config.ts, contentDirExclude). Pure: the folders
 * read from .obsidian/ are passed in (lib/content/source/settings.ts reads them).
 */

/**
 * What a vault's settings say about its files: its folders, relative to the content folder
 * ("Templates"), and whether the content folder is in a vault at all.
 */
export type ObsidianFolders = {
  /**
   * The content folder is in an Obsidian vault (a .obsidian/ folder in it or above it): Markdown in
   * any folder is a note, as Obsidian shows it (lib/content/source/files.ts).
   */
  inVault?: boolean
  /** .obsidian/templates.json's "folder", else "Templates". */
  templates?: string
  /** The Excalidraw plugin's "folder" (.obsidian/plugins/obsidian-excalidraw-plugin/data.json), else "Excalidraw". */
  excalidraw?: string
}

export const DEFAULT_TEMPLATES_FOLDER = 'Templates'
export const DEFAULT_EXCALIDRAW_FOLDER = 'Excalidraw'

const MARKDOWN = /\.mdx?$/i

/**
 * Obsidian Publish's own files, which a published vault carries in its root or in any folder
 * (help.obsidian.md, "Customize your site"): the site's stylesheet and script, its icons, and its
 * settings. They style and configure Obsidian's site, not this one.
 */
const PUBLISH_SITE_FILE = /^(?:publish\.css|publish\.js|favicon\.ico|favicon-[\w-]*\.png|site-options\.json)$/
const PUBLISH_SITE_REASON = "Obsidian Publish's site file"

/** Whether a file's name is one of Obsidian Publish's own, the mark of a vault published with it. */
export const isPublishSiteFile = (name: string) => PUBLISH_SITE_FILE.test(name.toLowerCase())

/**
 * Why the file or folder at `relative` (a path under the content folder, "/" separators) is
 * ignored, or undefined when it is content (or not content, which is for the caller to say).
 * A folder's whole contents are ignored with it.
 */
export function ignoredReason(relative: string, isDirectory: boolean, folders: ObsidianFolders): string | undefined {
  const name = relative.split('/').pop() ?? relative
  if (isDirectory) {
    if (name === '.obsidian') return "Obsidian's settings folder"
    if (name === '.trash') return "Obsidian's trash"
    if (name.startsWith('.')) return 'hidden folder'
    if (folders.templates !== undefined && relative === folders.templates) return "Obsidian's templates folder"
    return undefined
  }
  if (name.startsWith('.')) return 'hidden file'
  const lower = name.toLowerCase()
  if (PUBLISH_SITE_FILE.test(lower)) return PUBLISH_SITE_REASON
  if (lower.endsWith('.canvas')) return 'an Obsidian canvas'
  if (lower.endsWith('.base')) return 'an Obsidian base'
  if (lower.endsWith('.excalidraw.md') || lower.endsWith('.excalidraw')) return 'an Excalidraw drawing'
  if (folders.excalidraw !== undefined && relative.startsWith(`${folders.excalidraw}/`) && MARKDOWN.test(lower)) {
    return 'an Excalidraw drawing (in the Excalidraw folder)'
  }
  return undefined
}

/** A path for a glob, its special characters escaped ("Templates (old)" -> "Templates \(old\)"); a comma too, for a list in braces. */
export const escapeGlob = (text: string) => text.replace(/[\\()[\]{}*?!+@|,]/g, '\\$&')

/**
 * The same rules as ignore globs for contentlayer's contentDirExclude (fast-glob, which skips
 * hidden files and folders already), besides contentlayer's own defaults.
 */
export function ignoreGlobs(folders: ObsidianFolders): string[] {
  return [
    '**/*.excalidraw.md',
    '**/*.canvas',
    '**/*.base',
    ...(folders.templates !== undefined ? [escapeGlob(folders.templates), `${escapeGlob(folders.templates)}/**`] : []),
    ...(folders.excalidraw !== undefined ? [`${escapeGlob(folders.excalidraw)}/**/*.{md,mdx}`] : []),
  ]
}

/**
 * A folder named in a vault's settings (relative to the vault's root), as a path under the
 * content folder, or undefined when it lies outside it. `contentInVault` is the content folder
 * relative to the vault's root ("" when the content folder is the vault).
 */
export function folderInContent(folder: string, contentInVault: string): string | undefined {
  const clean = (p: string) => p.replace(/\\/g, '/').split('/').filter((part) => part !== '' && part !== '.').join('/')
  const target = clean(folder)
  const base = clean(contentInVault)
  if (target === '') return undefined
  if (base === '') return target
  return target.startsWith(`${base}/`) ? target.slice(base.length + 1) : undefined
}

/** The "folder" of an Obsidian settings file's JSON (templates.json, a plugin's data.json), if it names one. */
export function settingsFolder(json: string | undefined): string | undefined {
  if (json === undefined) return undefined
  try {
    const data: unknown = JSON.parse(json)
    const folder = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).folder : undefined
    return typeof folder === 'string' && folder.trim() ? folder.trim() : undefined
  } catch {
    return undefined
  }
}

/**
 * Template placeholders in a Markdown file's frontmatter: Obsidian's core Templates (`{{date}}`,
 * `{{title}}`, `{{time}}`, any `{{...}}`) and Templater's `<% ... %>`. A note that has one is a
 * template wherever it lives (a real note has them replaced), so it is ignored rather than read:
 * unquoted, `created: {{date}}` is a YAML map, which a date check would refuse and the YAML parser
 * warns about. `frontmatter` is the YAML block's text (lib/core/frontmatter.ts, locateFrontmatter).
 * Returns the first placeholder, as written.
 */
export function templatePlaceholder(frontmatter: string): string | undefined {
  return /\{\{[^{}\n]*\}\}|<%[\s\S]*?%>/.exec(frontmatter)?.[0]
}
