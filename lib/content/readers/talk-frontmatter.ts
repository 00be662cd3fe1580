import { talkKeyAliases, talkSchema } from '@/content-schema/talk'
import { keyLookup, normalizeKey, type Frontmatter } from '../../core/frontmatter'
import { excerpt } from '../../markdown'
import { readTagList, showValue } from './note-frontmatter'
import { splitSlides } from '../../markdown/slides'
import { didYouMean, isEmpty, nearestName, validateFrontmatter, type ContentProblem } from './validate'
import type { NoteProperty } from '../../core/model'
import type { PublishFlags } from '../../core/publish'

type Known = keyof typeof talkKeyAliases

const lookup = keyLookup(talkKeyAliases)
const knownNames = [...lookup.keys()]

// Unknown keys become properties here, so the schema's own check of unknown keys is not needed.
const looseTalkSchema = { ...talkSchema, strict: false }

export type TalkFrontmatter = {
  /** The frontmatter under the talk's own field names ("Created time" read as `date`), title and description filled in when the note gives them. */
  data: Frontmatter
  /** Keys the talk does not know, kept and shown on the talk's page. */
  properties: NoteProperty[]
  /** `draft` and `publish` when they are true or false, for lib/core/publish.ts publishFate. */
  flags: PublishFlags
  problems: ContentProblem[]
}

const HINTS: Record<string, string> = {
  title: 'add a line such as "title: Elixir in the Big and Small" to the frontmatter',
  description: 'add a line such as "description: One or two sentences." to the frontmatter',
  date: 'add a line such as "date: 2023-12-07" (the day the talk was first given) to the frontmatter',
}

/**
 * Reads a talk's frontmatter the way notes' are read, so that a note written in Obsidian builds
 * as a talk (README, "Talks from Obsidian"):
 *
 * - keys match ignoring case, spaces, "-" and "_"; `Created time` (or `created`) is the date
 *   when there is no `date`;
 * - a key the talk does not know is kept as a property, unless it is one edit away from one it
 *   knows (`tittle`): that is a typo, and an error naming the file and the key;
 * - `title` and `description` go together: a talk that gives neither takes its title from its
 *   filename and its description from its first slide (as a note's is taken from its text); a
 *   talk that gives one must give the other;
 * - then the talk's schema checks every field, nested ones included (events[0].date).
 */
export function readTalkFrontmatter(raw: Frontmatter, file: string, { fileName, body }: { fileName: string; body: string }): TalkFrontmatter {
  const problems: ContentProblem[] = []
  const properties: NoteProperty[] = []
  const data: Frontmatter = {}
  const written = new Map<Known, string>()

  for (const [key, value] of Object.entries(raw)) {
    const normalized = normalizeKey(key)
    const known = lookup.get(normalized)
    if (!known) {
      const typo = nearestName(normalized, knownNames, 1)
      if (typo) problems.push({ file, field: key, message: `unknown field${didYouMean(lookup.get(typo))}` })
      else if (!isEmpty(value)) properties.push({ key, value: showValue(value) })
      continue
    }
    const other = written.get(known)
    if (other !== undefined) {
      problems.push({ file, field: key, message: `means the same as "${other}"; keep one of them` })
      continue
    }
    written.set(known, key)
    data[known] = value
  }

  // `date` is when the talk was given; a note's creation time stands in for it only when it is missing.
  if (!isEmpty(data.created)) {
    if (isEmpty(data.date)) {
      data.date = data.created
      written.set('date', written.get('created') ?? 'created')
    } else {
      properties.push({ key: written.get('created') ?? 'created', value: showValue(data.created) })
    }
  }
  delete data.created
  if (typeof data.tags === 'string') data.tags = readTagList(data.tags)
  if (typeof data.aliases === 'string') data.aliases = [data.aliases]

  if (isEmpty(data.title) && isEmpty(data.description)) {
    data.title = fileName
    const firstSlide = splitSlides(body)[0]?.markdown ?? ''
    const description = excerpt(firstSlide)
    if (description) data.description = description
  }

  const publish = data.publish
  delete data.publish
  if (!isEmpty(publish) && typeof publish !== 'boolean') {
    problems.push({ file, field: written.get('publish') ?? 'publish', message: `expected true or false, got ${JSON.stringify(publish)}` })
  }
  const flags: PublishFlags = { ...(typeof data.draft === 'boolean' ? { draft: data.draft } : {}), ...(typeof publish === 'boolean' ? { publish } : {}) }

  for (const problem of validateFrontmatter(looseTalkSchema, data, file)) {
    const [top = '', ...rest] = (problem.field ?? '').split(/(?=[.[])/)
    const key = written.get(top as Known) ?? top
    const hint = problem.message === 'is required' ? HINTS[top] : undefined
    problems.push({ ...problem, field: [key, ...rest].join(''), message: hint ? `is required: ${hint}` : problem.message })
  }
  return { data, properties, flags, problems }
}
