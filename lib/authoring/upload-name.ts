/**
 * The name an uploaded file is stored under: the name it was given, so that `![[name]]` as the
 * speaker knows it finds it (Decap's own rule lowercases it and turns spaces into dashes:
 * "Stage photo.png" became "stage-photo.png"). Only what a path or an Obsidian embed cannot hold
 * is replaced: folder separators, `:*?"<>|`, the link characters `#^[]`, control characters.
 */
export function uploadName(given: string): string {
  const name = given.replace(/[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/g, '-').trim()
  // A name of dots alone ("." or "..") would name a folder, not a file.
  return /^\.*$/.test(name) ? `upload${name}` : name
}
