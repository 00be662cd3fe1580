import type { DocumentSchema, Field, Fields, StringFormat } from '@/content-schema'
import { parseContentDate } from '../../core/dates'
import type { Frontmatter } from '../../core/frontmatter'

/** One thing wrong with the content: always names the file, and the field when there is one. */
export type ContentProblem = { file: string; field?: string; message: string }

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems))
    this.name = 'ContentError'
  }
}

export function formatProblem({ file, field, message }: ContentProblem): string {
  return field ? `${file}: field "${field}": ${message}` : `${file}: ${message}`
}

export function formatProblems(problems: ContentProblem[]): string {
  const noun = problems.length === 1 ? 'problem' : 'problems'
  return [`Content has ${problems.length} ${noun}:`, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n')
}

const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i

function isHttpUrl(value: string): boolean {
  if (!HTTP_URL.test(value)) return false
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)

const FORMAT_CHECKS: Record<StringFormat, { test: (v: string) => boolean; expected: string }> = {
  url: { test: isHttpUrl, expected: 'an http(s) URL' },
  'url-or-path': {
    test: (v) => isHttpUrl(v) || /^\/(?!\/)[^\s]*$/.test(v),
    expected: 'an http(s) URL or a path under public/ starting with "/"',
  },
  'url-path-or-pdf': {
    // A PDF of the content folder: its path from the file, or Obsidian's link to it in a property.
    test: (v) => isHttpUrl(v) || /^\/(?!\/)[^\s]*$/.test(v) || /^\[\[[^[\]|#]+\.pdf\]\]$/i.test(v) || /^(?![a-z][a-z0-9+.-]*:)[^/[\]|#][^[\]|#]*\.pdf$/i.test(v),
    expected: 'an http(s) URL, a path under public/ starting with "/", or a PDF of the content folder ("deck.pdf", "[[deck.pdf]]")',
  },
  twitter: {
    test: (v) => /^@\w{1,15}$/.test(v) || (isHttpUrl(v) && /^https?:\/\/(www\.)?(twitter|x)\.com\//i.test(v)),
    expected: 'a twitter.com or x.com URL, or "@handle"',
  },
  email: { test: isEmail, expected: 'an email address' },
  'email-or-url': { test: (v) => isEmail(v) || isHttpUrl(v), expected: 'an email address or an http(s) URL' },
  slug: { test: (v) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v), expected: 'lowercase letters, digits and dashes' },
}

const show = (value: unknown) => {
  const text = JSON.stringify(value)
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

/**
 * Edits from one word to the other: a letter added, dropped, changed, or two neighbours swapped
 * ("tilte" is one edit from "title", as a typist sees it).
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1)
      d[i]![j] = best
    }
  }
  return d[a.length]![b.length]!
}

/**
 * The known name nearest to `key` (see editDistance; case ignored), the first of those equally
 * near, if it is at most `maxEdits` away and is not `key` itself. A strict schema refuses every
 * unknown key and only suggests, so it looks two edits away; a lenient reader (a talk's
 * frontmatter) keeps unknown keys as properties, so only one edit away is sure enough to call a typo.
 */
export function nearestName(key: string, known: readonly string[], maxEdits: number): string | undefined {
  let best: { name: string; edits: number } | undefined
  for (const name of known) {
    if (name === key) continue
    const edits = editDistance(key.toLowerCase(), name.toLowerCase())
    if (edits <= maxEdits && (!best || edits < best.edits)) best = { name, edits }
  }
  return best?.name
}

/** The end of an unknown key's message: the field it may have meant, if any. */
export function didYouMean(name: string | undefined): string {
  return name === undefined ? '' : ` (did you mean "${name}"?)`
}

function checkValue(field: Field, value: unknown, path: string, report: (field: string, message: string) => void) {
  const wrongType = (expected: string) => report(path, `expected ${expected}, got ${show(value)}`)
  switch (field.type) {
    case 'string':
    case 'text': {
      if (typeof value !== 'string') return wrongType('text')
      if (field.type === 'string' && field.format) {
        const check = FORMAT_CHECKS[field.format]
        if (!check.test(value.trim())) wrongType(check.expected)
      }
      return
    }
    case 'date':
      if (parseContentDate(value) === null) wrongType('a date such as 2023-12-07')
      return
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) wrongType('a number')
      return
    case 'boolean':
      if (typeof value !== 'boolean') wrongType('true or false')
      return
    case 'strings':
      if (!Array.isArray(value)) return wrongType('a list of text, such as [a, b]')
      value.forEach((item, i) => {
        if (typeof item !== 'string') report(`${path}[${i}]`, `expected text, got ${show(item)}`)
      })
      return
    case 'list':
      if (!Array.isArray(value)) return wrongType('a list')
      value.forEach((item, i) => {
        if (!isMap(item)) return report(`${path}[${i}]`, `expected a map of fields, got ${show(item)}`)
        checkFields(field.fields, item, `${path}[${i}].`, true, report)
      })
      return
    case 'object':
      if (!isMap(value)) return wrongType('a map of fields')
      checkFields(field.fields, value, `${path}.`, true, report)
      return
  }
}

/** A key written with no value (`tags:`, `title: ""`), which counts as not written. */
export const isEmpty = (value: unknown) => value === undefined || value === null || value === ''

function checkFields(
  fields: Fields,
  data: Record<string, unknown>,
  prefix: string,
  strict: boolean,
  report: (field: string, message: string) => void,
) {
  const known = Object.keys(fields)
  if (strict) {
    for (const key of Object.keys(data)) {
      if (!(key in fields)) report(`${prefix}${key}`, `unknown field${didYouMean(nearestName(key, known, 2))}`)
    }
  }
  for (const [key, field] of Object.entries(fields)) {
    const value = data[key]
    if (isEmpty(value)) {
      if (field.required) report(`${prefix}${key}`, 'is required')
      continue
    }
    checkValue(field, value, `${prefix}${key}`, report)
  }
}

/**
 * Checks frontmatter against a document schema: required fields, types, dates, http(s) URLs,
 * nested lists and maps, and (for strict types) unknown keys, each reported with its path
 * ("events[1].date").
 */
export function validateFrontmatter(schema: DocumentSchema, data: Frontmatter, file: string): ContentProblem[] {
  const problems: ContentProblem[] = []
  checkFields(schema.fields, data, '', schema.strict, (field, message) => problems.push({ file, field, message }))
  return problems
}

/** Checks one value against one field, for frontmatter whose keys are matched loosely (notes). */
export function validateValue(field: Field, value: unknown, file: string, path: string): ContentProblem[] {
  const problems: ContentProblem[] = []
  checkValue(field, value, path, (f, message) => problems.push({ file, field: f, message }))
  return problems
}
