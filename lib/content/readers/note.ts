/**
 * A note (content-schema/note.ts) as its page: any frontmatter an Obsidian vault writes
 * (lib/content/readers/note-frontmatter.ts), published or kept private as the publish mode says
 * (lib/core/publish.ts). Its title defaults to its file's name, its description is its
 * `description` or else its opening text, and its inline #tags join its frontmatter's.
 */
import type { PageNames } from '../link-graph'
import type { BodyScanner } from '../../markdown'
import { readNoteFrontmatter } from './note-frontmatter'
import { publishFate } from '../../core/publish'
import { baseName } from '../../core/slug'
import type { Note, PublishMode } from '../../core/model'
import { pageCommon, type LeftOut, type Reading, type SourceDocument } from './common'

/**
 * A note the publish mode keeps private (PUBLISH=marked, not marked `publish: true`). Its names
 * still answer wikilinks, as plain text, so a link to it does not claim it is unwritten.
 */
export type PrivateNote = LeftOut & { private: PageNames }

export function readNote(
  doc: SourceDocument,
  { publish, scan }: { publish: PublishMode; scan: BodyScanner },
): Reading<Note> | LeftOut | PrivateNote {
  const { file } = doc
  const { meta, problems } = readNoteFrontmatter(doc.frontmatter, file)
  const title = meta.title ?? baseName(file)
  const fate = publishFate(meta.flags, publish)
  // An unpublished note's problems (a bad date in a private note) are warnings: it is not the site's.
  if (!fate.published) {
    const left = { leftOut: fate.reason, problems: [], ...(problems.length ? { warnings: problems } : {}) }
    return fate.private ? { ...left, private: { fileName: baseName(file), title, aliases: meta.aliases, file } } : left
  }
  const scanned = scan(doc.body, true)
  const page: Note = {
    ...pageCommon(doc, 'note', { title, description: meta.description ?? scanned.excerpt, tags: [...meta.tags, ...scanned.tags], aliases: meta.aliases, body: doc.body }),
    created: meta.created,
    updated: meta.updated,
    date: meta.updated ?? meta.created,
    stage: meta.stage,
    properties: meta.properties,
    cssclasses: meta.cssclasses,
    ...(meta.permalink ? { permalink: meta.permalink } : {}),
    redirectsFrom: [],
  }
  return { page, problems }
}
