/**
 * The files a page may embed (`![[name]]` or a Markdown image), decided once: what each is shown
 * as, the MIME type the site serves it with, and whether the build makes smaller copies of it.
 * Obsidian's accepted formats ("Accepted file formats"); the build publishes the ones that
 * published pages use, and any other file in the content folder stops the build.
 */

/** What an embedded file is shown as. */
export type FileKind = 'image' | 'audio' | 'video' | 'pdf'

type FileType = { kind: FileKind; mime: string; resizable?: true }

const FILE_TYPES: Record<string, FileType> = {
  // Raster formats that sharp re-encodes as they are; SVG scales by itself, and GIF may be animated.
  png: { kind: 'image', mime: 'image/png', resizable: true },
  jpg: { kind: 'image', mime: 'image/jpeg', resizable: true },
  jpeg: { kind: 'image', mime: 'image/jpeg', resizable: true },
  webp: { kind: 'image', mime: 'image/webp', resizable: true },
  gif: { kind: 'image', mime: 'image/gif' },
  avif: { kind: 'image', mime: 'image/avif' },
  svg: { kind: 'image', mime: 'image/svg+xml' },
  mp3: { kind: 'audio', mime: 'audio/mpeg' },
  wav: { kind: 'audio', mime: 'audio/wav' },
  m4a: { kind: 'audio', mime: 'audio/mp4' },
  ogg: { kind: 'audio', mime: 'audio/ogg' },
  '3gp': { kind: 'audio', mime: 'audio/3gpp' },
  flac: { kind: 'audio', mime: 'audio/flac' },
  // WebM holds audio or video; <video> plays both, and shows nothing but controls for sound alone.
  mp4: { kind: 'video', mime: 'video/mp4' },
  webm: { kind: 'video', mime: 'video/webm' },
  ogv: { kind: 'video', mime: 'video/ogg' },
  mov: { kind: 'video', mime: 'video/quicktime' },
  mkv: { kind: 'video', mime: 'video/x-matroska' },
  pdf: { kind: 'pdf', mime: 'application/pdf' },
}

/** "photo.PNG" -> "png"; "" for a name without an extension. Works on a path or a URL path. */
const extensionOf = (name: string) => (/\.([^./]+)$/.exec(name)?.[1] ?? '').toLowerCase()

const typeOf = (name: string): FileType | undefined => FILE_TYPES[extensionOf(name)]

/** Whether a file of this name may be embedded, and so published as an attachment. */
export const isAttachment = (name: string) => typeOf(name) !== undefined
/** What a file of this name is shown as; undefined for a file no page can embed. */
export const fileKind = (name: string): FileKind | undefined => typeOf(name)?.kind
export const isImage = (name: string) => fileKind(name) === 'image'
/** Whether the build makes smaller copies of an image of this name (lib/markdown/image-variants.ts). */
export const isResizable = (name: string) => typeOf(name)?.resizable === true
/** The Content-Type the site serves a file of this name with. */
export const mimeType = (name: string) => typeOf(name)?.mime ?? 'application/octet-stream'
