/**
 * Talks and case studies that a vault's note makes itself (README, "A vault as it is"): a note
 * outside talks/, case-studies/ and notes/ that says `kind: talk` or `kind: case study`, or has
 * the tag (lib/content/source/documents.ts, kindFromProperties). Such a file is an Obsidian note first:
 * it publishes as the vault's notes do (with PUBLISH=marked, only when it says `publish: true`),
 * and its `kind` says what it is, not a property to show.
 */
import { contentFile } from '../source/settings'
import type { Frontmatter } from '../../core/frontmatter'
import { normalizeKey } from './note-frontmatter'
import { noteFate } from '../publish'
import type { PublishMode } from '../../core/model'

/** Whether `file` (as errors name it: "content/talks/x.md") sits in the content folder's `folder` ("talks"). */
export const inFolder = (file: string, folder: string) => file.startsWith(contentFile(`${folder}/`))

/** The frontmatter without its `kind` key, which only chose the document's type. */
export const withoutKind = (frontmatter: Frontmatter): Frontmatter =>
  Object.fromEntries(Object.entries(frontmatter).filter(([key]) => normalizeKey(key) !== 'kind'))

/**
 * Why a talk or case study made from a note is not published by the publish mode, or undefined:
 * with PUBLISH=marked a note publishes only when it says `publish: true`, whatever its kind.
 * (`draft: true` and `publish: false` are the readers' own, as in their folders.)
 */
export function privateByMode(frontmatter: Frontmatter, mode: PublishMode): string | undefined {
  const flag = (name: string) => {
    const value = Object.entries(frontmatter).find(([key]) => normalizeKey(key) === name)?.[1]
    return typeof value === 'boolean' ? value : value === 'true' ? true : value === 'false' ? false : undefined
  }
  const fate = noteFate({ publish: flag('publish'), draft: flag('draft') }, mode)
  return !fate.published && fate.private ? fate.reason : undefined
}
