import { Document, isCollection, isMap, isScalar, isSeq, parseDocument, YAMLMap, type Node, type Pair, type ToStringOptions } from 'yaml'
import { keyLookup, locateFrontmatter, normalizeKey, splitFrontmatter, type Frontmatter, type FrontmatterBlock } from '../core/frontmatter'
import type { PublishMode } from '../core/model'
import { publishFate } from '../core/publish'
import { STATUS_KEY } from '@/content-schema/decap'

/**
 * Saving a file from the editor without rewriting what was not edited: the CMS's own frontmatter
 * format re-serialises the whole YAML (flow lists `[a, b]` become block lists, quoting and long
 * lines change), so cms/admin.tsx registers this one instead. It writes back the file it read,
 * changing only the top-level keys whose value changed; within those, nested nodes keep their
 * style (flow or block, quotes, comments). The body is written back as it was unless it was edited.
 *
 * Decap hands a format only the entry's data, never the file it came from, so the file's text rides
 * along in the entry under SOURCE_KEY (Decap keeps keys it has no field for, and this one is never
 * written out).
 */
const SOURCE_KEY = '__source_file'
/** The keys of the file that the form shows under its own field names: field -> the file's key. */
const FILE_KEYS = '__file_keys'

export type EditorEntry = Frontmatter & { body?: string; [SOURCE_KEY]?: string; [STATUS_KEY]?: string; [FILE_KEYS]?: Record<string, string> }

/** The names a field may be written as in a file (normalized: lib/core/frontmatter.ts), by field. */
export type FieldNames = Record<string, readonly string[]>

/**
 * Which entries are public, as the build decides it (lib/core/publish.ts): the publish mode, and
 * whether the entry's folder is its own (talks, case studies: the mode does not apply) or notes'.
 */
export type PublishRule = { mode: PublishMode; ownFolder: boolean }

const flag = (value: unknown) => (typeof value === 'boolean' ? value : undefined)

/**
 * A file as the editor gets it: its frontmatter's keys, `body`, the file's text and its status.
 * With `fieldNames`, a key the build reads loosely ("Created time", "Lifespan") is shown under its
 * field's name (`created`, `lifespan`), and saved back under the file's own.
 */
export function readForEditor(text: string, rule: PublishRule, fieldNames?: FieldNames): EditorEntry {
  const file = splitFrontmatter(text)
  const { data, keys } = fieldNames ? underFieldNames(file.data, fieldNames) : { data: file.data, keys: {} }
  const body = file.body
  const fate = publishFate({ publish: flag(data.publish), draft: flag(data.draft) }, rule.mode, { ownFolder: rule.ownFolder })
  const status = fate.published ? {} : { [STATUS_KEY]: data.draft === true ? 'Draft: ' : 'Private: ' }
  const renamed = Object.keys(keys).length > 0 ? { [FILE_KEYS]: keys } : {}
  return { ...data, ...(body === '' ? {} : { body }), [SOURCE_KEY]: text, ...status, ...renamed }
}

/**
 * The file's keys under the form's field names, as the build reads them; a key whose field is also
 * written under its own name, or under a second name, stays as it is (the build names the clash).
 */
function underFieldNames(data: Frontmatter, fieldNames: FieldNames): { data: Frontmatter; keys: Record<string, string> } {
  const lookup = keyLookup(fieldNames)
  const keys: Record<string, string> = {}
  const loose = Object.keys(data).map((key) => [key, lookup.get(normalizeKey(key))] as const)
  const named = new Map<string, number>()
  for (const [, field] of loose) if (field) named.set(field, (named.get(field) ?? 0) + 1)
  const shown: Frontmatter = {}
  for (const [key, field] of loose) {
    const rename = field !== undefined && field !== key && named.get(field) === 1
    if (rename) keys[field] = key
    shown[rename ? field : key] = data[key]
  }
  return { data: shown, keys }
}

const STRINGIFY: ToStringOptions = {
  // Long descriptions stay on one line, as written; [a, b] rather than [ a, b ].
  lineWidth: 0,
  flowCollectionPadding: false,
}

/**
 * The file to write for an entry the editor saves. `order` is the order of the editor's fields
 * (Decap passes it): a key the file did not have is placed before the next key in that order,
 * and a new file's keys follow it.
 */
export function writeFromEditor(entry: EditorEntry, order: readonly string[] = []): string {
  const { body: editedBody, [SOURCE_KEY]: source, [STATUS_KEY]: _status, [FILE_KEYS]: fileKeys = {}, ...shown } = entry
  const data = Object.fromEntries(Object.entries(shown).map(([key, value]) => [fileKeys[key] ?? key, value]))
  const original = source ?? ''
  const block = locateFrontmatter(original)
  const eol = /\r\n/.test(original) ? '\r\n' : '\n'
  const bom = original.startsWith('\uFEFF') ? '\uFEFF' : ''
  const originalBody = block ? original.slice(block.bodyStart) : original.slice(bom.length)
  const body = bodyToWrite(originalBody, editedBody ?? '', eol)

  const yamlText = block ? editYaml(block.yaml, data, order, eol) : newYaml(data, order, eol)
  const text = joinFile(original, block, yamlText, body, bom, eol)
  // Decap ends a saved file with "\n" when it does not end with one (decap-cms-core's entryToRaw):
  // a changed CRLF file ends with its own CRLF instead, so its last line keeps the file's line break.
  return eol === '\n' || text === original || text.endsWith('\n') ? text : text + eol
}

function joinFile(original: string, block: FrontmatterBlock | undefined, yamlText: string, body: string, bom: string, eol: string): string {
  if (block && yamlText === block.yaml) return original.slice(0, block.bodyStart) + body
  if (yamlText === '') return bom + body
  if (block) {
    // The file's own delimiters and line breaks around the YAML.
    const closing = original.slice(block.yamlEnd, block.bodyStart)
    return original.slice(0, block.yamlStart) + yamlText + (block.yaml === '' ? eol : '') + closing + body
  }
  return `${bom}---${eol}${yamlText}${eol}---${eol}${body}`
}

/** The body as read when the editor did not change it (line breaks aside); else the edited one. */
function bodyToWrite(original: string, edited: string, eol: string): string {
  const lf = (text: string) => text.replace(/\r\n/g, '\n')
  if (lf(edited) === lf(original)) return original
  return eol === '\n' ? lf(edited) : lf(edited).replace(/\n/g, eol)
}

function stringifyOptions(yamlText: string): ToStringOptions {
  // Obsidian indents block lists under their key; some files do not (`tags:\n- a`).
  const unindented = /^[^\s#-][^\n]*:[ \t]*\r?\n-[ \t]/m.test(yamlText)
  return { ...STRINGIFY, indentSeq: !unindented }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function isDeepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => isDeepEqual(x, b[i]))
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a)
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && isDeepEqual(a[key], b[key]))
  }
  return false
}

/** A new file's frontmatter: the editor's fields in their order, then any other key. */
function newYaml(data: Frontmatter, order: readonly string[], eol: string): string {
  const keys = Object.keys(data)
  if (keys.length === 0) return ''
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length)
  const sorted = [...keys].sort((a, b) => rank(a) - rank(b))
  const doc = new Document(Object.fromEntries(sorted.map((key) => [key, data[key]])))
  return toLines(doc.toString(STRINGIFY), eol)
}

function toLines(yaml: string, eol: string): string {
  return yaml.replace(/\n$/, '').replace(/\n/g, eol)
}

/**
 * Sets `value` into `node`, keeping what can be kept: a scalar keeps its quoting, a list or a map
 * its flow or block style and the items that did not change.
 */
function updateNode(doc: Document, node: unknown, value: unknown): unknown {
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    if (node.value !== value) node.value = value
    return node
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items = value.map((item, i) => (i < node.items.length ? updateNode(doc, node.items[i], item) : doc.createNode(item)))
    return node
  }
  if (isMap(node) && isPlainObject(value)) {
    const pairs = node.items as Pair[]
    node.items = pairs
      .filter((pair) => keyOf(pair) in value)
      .map((pair) => {
        pair.value = updateNode(doc, pair.value, value[keyOf(pair)])
        return pair
      })
    const known = new Set(pairs.map(keyOf))
    for (const [key, item] of Object.entries(value)) if (!known.has(key)) node.add(doc.createPair(key, item))
    return node
  }
  const created = doc.createNode(value)
  if (isCollection(node) && isCollection(created)) created.flow = node.flow
  return created
}

const keyOf = (pair: Pair): string => String(isScalar(pair.key) ? pair.key.value : pair.key)

/**
 * A comment on a block list's or map's key line (`links:  # my links`) is, to the YAML library, a
 * comment before the first item, and it would print it on a line of its own: it stays on the key's line.
 */
function keepKeyComment(keyLine: string, pair: Pair, render: (pair: Pair) => string[]): string[] {
  const comment = /^[^#'"]*:([ \t]+#.*)$/.exec(keyLine)?.[1]
  const value = pair.value
  if (!comment || !isCollection(value) || value.flow || !value.commentBefore) return render(pair)
  value.commentBefore = undefined
  const [first = '', ...rest] = render(pair)
  return [first + comment, ...rest]
}

/** One top-level key of the YAML, as lines: its own (key and value), then blank and comment lines. */
type Entry = { key: string; own: string[]; after: string[] }

/**
 * The file's YAML with only the changed top-level keys rewritten, removed or added. Untouched keys
 * keep their exact text, comments and blank lines included.
 */
function editYaml(yamlText: string, data: Frontmatter, order: readonly string[], eol: string): string {
  const doc = parseDocument(yamlText)
  const map = doc.contents
  if (yamlText.trim() === '' || doc.errors.length > 0 || !isMap(map) || map.flow) {
    return newYaml(data, order, eol)
  }
  const before = (doc.toJS() ?? {}) as Frontmatter
  const options = stringifyOptions(yamlText)
  // A file that writes its lists [a, b] gets new lists of words that way too.
  const flowLists = /:[ \t]*\[/.test(yamlText)

  const lines = yamlText.split(/\r?\n/)
  const lineOf = (offset: number) => yamlText.slice(0, offset).split('\n').length - 1
  const pairs = map.items as Pair[]
  const starts = pairs.map((pair) => lineOf((pair.key as Node).range?.[0] ?? 0))
  const preamble = lines.slice(0, starts[0])
  const entries: Entry[] = pairs.map((pair, i) => {
    const segment = lines.slice(starts[i], starts[i + 1] ?? lines.length)
    let ownEnd = segment.length
    while (ownEnd > 1 && /^(#.*)?\s*$/.test(segment[ownEnd - 1] ?? '')) ownEnd--
    return { key: keyOf(pair), own: segment.slice(0, ownEnd), after: segment.slice(ownEnd) }
  })

  const render = (pair: Pair): string[] => {
    const single = new Document()
    const holder = new YAMLMap()
    holder.items = [pair]
    single.contents = holder
    // Comments and blank lines above the key stay where they are in the file.
    if (isScalar(pair.key)) {
      pair.key.commentBefore = undefined
      pair.key.spaceBefore = false
    }
    return single.toString(options).replace(/\n$/, '').split('\n')
  }

  let changed = false
  const kept: Entry[] = []
  for (const [i, entry] of entries.entries()) {
    const pair = pairs[i] as Pair
    if (!(entry.key in data)) {
      changed = true
      if (entry.after.length > 0) kept.push({ key: '', own: [], after: entry.after })
      continue
    }
    if (!isDeepEqual(before[entry.key], data[entry.key])) {
      changed = true
      pair.value = updateNode(doc, pair.value, data[entry.key])
      entry.own = keepKeyComment(entry.own[0] ?? '', pair, render)
    }
    kept.push(entry)
  }

  const rank = (key: string) => order.indexOf(key)
  for (const key of Object.keys(data).filter((k) => !pairs.some((pair) => keyOf(pair) === k))) {
    changed = true
    const node = doc.createNode(data[key])
    if (flowLists && isSeq(node) && node.items.every((item) => isScalar(item))) node.flow = true
    const entry: Entry = { key, own: render(doc.createPair(key, node)), after: [] }
    // Before the first key that the editor's order puts after it; else at the end.
    const next = rank(key) === -1 ? -1 : kept.findIndex((e) => e.key !== '' && rank(e.key) > rank(key))
    if (next === -1) {
      kept.push(entry)
      continue
    }
    // Comments just above that key stay with it.
    const previous = kept[next - 1]
    if (previous && previous.after.length > 0) {
      entry.after = previous.after
      previous.after = []
    }
    kept.splice(next, 0, entry)
  }
  if (!changed) return yamlText
  return [...preamble, ...kept.flatMap((e) => [...e.own, ...e.after])].join(eol)
}
