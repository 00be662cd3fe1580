import { slug } from 'github-slugger'

/** Slugs the way GitHub slugs headings: "Elixir Meetup Talk" -> "elixir-meetup-talk". */
export function slugify(value: string): string {
  return slug(value.normalize('NFC').trim())
}

/** A file's name without its folder and extension: "notes/a/Ünï.md" -> "Ünï". */
export function baseName(filePath: string): string {
  const name = filePath.split('/').pop() ?? filePath
  return name.replace(/\.[^.]+$/, '')
}
