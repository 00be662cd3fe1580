/**
 * Talks and case studies that a vault's note makes itself (README, "A vault as it is"): a note
 * outside talks/, case-studies/ and notes/ that says `kind: talk` or `kind: case study`, or has
 * the tag (lib/content/source/documents.ts, kindFromProperties). Such a file is an Obsidian note first:
 * it publishes as the vault's notes do (with PUBLISH=marked, only when it says `publish: true`),
 * and its `kind` says what it is, not a property to show.
 */
import { contentFile } from '../source/settings'
import { normalizeKey, type Frontmatter } from '../../core/frontmatter'
import type { PublishFlags } from '../../core/publish'

/** Whether `file` (as errors name it: "content/talks/x.md") sits in the content folder's `folder` ("talks"). */
export const inFolder = (file: string, folder: string) => file.startsWith(contentFile(`${folder}/`))

/** The frontmatter without its `kind` key, which only chose the document's type. */
export const withoutKind = (frontmatter: Frontmatter): Frontmatter =>
  Object.fromEntries(Object.entries(frontmatter).filter(([key]) => normalizeKey(key) !== 'kind'))

/**
 * `publish` and `draft` of a talk or case study made from a note, read as a note's are (keys
 * loosely, "true" and "false" as text too), for lib/core/publish.ts publishFate: with
 * PUBLISH=marked such a note publishes only when it says `publish: true`, whatever its kind.
 */
export function noteFlags(frontmatter: Frontmatter): PublishFlags {
  const flag = (name: string) => {
    const value = Object.entries(frontmatter).find(([key]) => normalizeKey(key) === name)?.[1]
    return typeof value === 'boolean' ? value : value === 'true' ? true : value === 'false' ? false : undefined
  }
  return { publish: flag('publish'), draft: flag('draft') }
}
