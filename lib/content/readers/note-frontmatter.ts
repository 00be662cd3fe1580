import type { NoteProperty } from '../../core/model'
import { noteKeyAliases, noteSchema } from '@/content-schema/note'
import { parseContentDate } from '../../core/dates'
import { keyLookup, normalizeKey, type Frontmatter } from '../../core/frontmatter'
import type { PublishFlags } from '../../core/publish'
import { isEmpty, validateValue, type ContentProblem } from './validate'


export type NoteMeta = {
  title?: string
  created?: string
  updated?: string
  stage?: string
  tags: string[]
  aliases: string[]
  /** `publish` and `draft` as written, for the publish mode (lib/core/publish.ts). */
  flags: PublishFlags
  /** Everything to show as the note's properties: Lifespan, Type and every unknown key. */
  properties: NoteProperty[]
  /** Obsidian Publish's `permalink` as written ("web-clipper/intro"): lib/content/site.ts makes it a URL. */
  permalink?: string
  /** Obsidian Publish's `description`: the page's description instead of its opening text. */
  description?: string
  /** Obsidian's `cssclasses` (or the older `cssclass`): classes on the note's <article>. */
  cssclasses: string[]
}

/**
 * Obsidian Publish's keys for a page's URL, description and classes, matched as loosely as the
 * schema's keys. They are the page's settings, never shown as property rows; a value of a kind
 * they cannot take (a list as a permalink) stays a property row, so that nothing written is lost.
 */
const PUBLISH_KEYS = new Map<string, 'permalink' | 'description' | 'cssclasses'>([
  ['permalink', 'permalink'],
  ['description', 'description'],
  ['cssclasses', 'cssclasses'],
  ['cssclass', 'cssclasses'],
])

/** A class name that needs no escaping anywhere: letters, digits, "-" and "_", not starting with a digit. */
const SAFE_CLASS = /^-?[A-Za-z_][A-Za-z0-9_-]*$/

/** `cssclasses` as a list or as one string of names separated by spaces or commas. */
export function readClassList(value: unknown): { classes: string[]; unsafe: string[] } {
  const items = Array.isArray(value) ? value : [value]
  const tokens = items
    .filter((item): item is string | number => typeof item === 'string' || typeof item === 'number')
    .flatMap((item) => String(item).split(/[\s,]+/))
    .filter(Boolean)
  return { classes: [...new Set(tokens.filter((t) => SAFE_CLASS.test(t)))], unsafe: tokens.filter((t) => !SAFE_CLASS.test(t)) }
}

type Known = keyof typeof noteKeyAliases

const lookup = keyLookup(noteKeyAliases)

/** A property's value as shown on a page. */
export function showValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(showValue).join(', ')
  if (value instanceof Date) return value.toISOString()
  if (value !== null && typeof value === 'object') return JSON.stringify(value)
  return String(value ?? '')
}

/** Tags as a list or a comma-separated string; "#" in front is Obsidian's and is dropped. */
export function readTagList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []
  return items
    .filter((item): item is string | number => typeof item === 'string' || typeof item === 'number')
    .map((item) => String(item).trim().replace(/^#/, ''))
    .filter(Boolean)
}

const displayLabel = (key: Known) => noteSchema.fields[key].label

/**
 * Reads an Obsidian note's frontmatter: the keys the site understands, matched loosely, and
 * every other key kept as a property. Only understood keys can fail the build (a created date
 * that is not a date); unknown keys never do.
 */
export function readNoteFrontmatter(data: Frontmatter, file: string): { meta: NoteMeta; problems: ContentProblem[] } {
  const problems: ContentProblem[] = []
  const meta: NoteMeta = { tags: [], aliases: [], flags: {}, properties: [], cssclasses: [] }
  const seen = new Map<Known, string>()
  const seenPublish = new Map<string, string>()

  for (const [key, value] of Object.entries(data)) {
    const publishKey = PUBLISH_KEYS.get(normalizeKey(key))
    if (publishKey) {
      if (seenPublish.has(publishKey)) {
        problems.push({ file, field: key, message: `means the same as "${seenPublish.get(publishKey)}"; keep one of them` })
        continue
      }
      seenPublish.set(publishKey, key)
      if (isEmpty(value)) continue
      if (publishKey === 'cssclasses') {
        const { classes, unsafe } = readClassList(value)
        meta.cssclasses = classes
        // Not a class a page can carry as it is: shown, so that it is not lost in silence.
        if (unsafe.length) meta.properties.push({ key, value: unsafe.join(', ') })
      } else if (typeof value === 'string' || typeof value === 'number') {
        const text = String(value).trim()
        if (text) meta[publishKey] = text
      } else {
        meta.properties.push({ key, value: showValue(value) })
      }
      continue
    }
    const known = lookup.get(normalizeKey(key))
    if (!known) {
      if (!isEmpty(value)) meta.properties.push({ key, value: showValue(value) })
      continue
    }
    if (seen.has(known)) {
      problems.push({ file, field: key, message: `means the same as "${seen.get(known)}"; keep one of them` })
      continue
    }
    seen.set(known, key)
    if (isEmpty(value)) continue

    switch (known) {
      case 'title':
      case 'stage':
      case 'lifespan':
      case 'type': {
        if (typeof value !== 'string' && typeof value !== 'number') {
          problems.push(...validateValue(noteSchema.fields[known], value, file, key))
          break
        }
        const text = String(value).trim()
        if (known === 'title') meta.title = text
        else if (known === 'stage') meta.stage = text.toLowerCase()
        else meta.properties.push({ key: displayLabel(known), value: text })
        break
      }
      case 'created':
      case 'updated': {
        const day = parseContentDate(value)
        if (day === null) problems.push(...validateValue(noteSchema.fields[known], value, file, key))
        else meta[known] = day
        break
      }
      case 'tags':
        meta.tags = readTagList(value)
        break
      case 'aliases':
        meta.aliases = (Array.isArray(value) ? value : [value]).map((a) => String(a).trim()).filter(Boolean)
        break
      case 'publish':
      case 'draft': {
        const flag = typeof value === 'string' ? value.trim().toLowerCase() : value
        const bool = flag === true || flag === 'true' ? true : flag === false || flag === 'false' ? false : null
        if (bool === null) {
          problems.push(...validateValue(noteSchema.fields[known], value, file, key))
          break
        }
        meta.flags[known] = bool
        break
      }
    }
  }
  return { meta, problems }
}
