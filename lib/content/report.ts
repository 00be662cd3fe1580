/**
 * The content report (ContentReport): what is published and where, what is left out and why, and
 * the links and images that point at nothing. buildSite() (lib/content/site.ts) assembles it here;
 * scripts/content-report.ts prints it before every build, and e2e/content-table.spec.ts checks
 * its table of files against out/.
 */
import type { ContentFiles } from './source/files'
import { contentFile } from './source/settings'
import type { LinkGraph } from './link-graph'
import type { ContentProblem } from './readers/validate'
import { routes } from '../core/urls'
import type { Attachment, CaseStudy, ContentFileFate, ContentReport, Note, PublishSetting, Talk } from '../core/model'

/** A file the site does not publish, and why ("draft: true"). */
export type LeftOutFile = { file: string; reason: string }

export type ReportInputs = {
  profileFile: string
  /** The published pages, in their lists' order. */
  talks: readonly Talk[]
  caseStudies: readonly CaseStudy[]
  notes: readonly Note[]
  tagCount: number
  /** Drafts and unpublished notes, in the order they were read. */
  excluded: readonly LeftOutFile[]
  /** Notes the publish mode keeps private, with the reason it gives. */
  privateNotes: readonly LeftOutFile[]
  files: ContentFiles
  /** Every attachment of the content folder; the graph says which ones are used. */
  attachments: readonly Attachment[]
  graph: Pick<LinkGraph, 'usedAttachments' | 'unresolved' | 'privateLinks' | 'missingImages'>
  publish: PublishSetting
  unusedPermalinks: ContentReport['unusedPermalinks']
  /** What is wrong with notes that are not published: reported, never stopping the build. */
  warnings?: readonly ContentProblem[]
  /** A published talk's PDF that could not be read: the talk built without it as a deck. */
  unreadPdfs?: readonly ContentProblem[]
}

export function contentReport(inputs: ReportInputs): ContentReport {
  const { talks, caseStudies, notes, files, graph } = inputs
  const used = graph.usedAttachments
  const fates: ContentFileFate[] = [
    { file: inputs.profileFile, url: routes.home(), what: 'profile: the home page' },
    ...[...talks, ...caseStudies, ...notes].map((page) => ({ file: page.file, url: page.url, what: page.kind })),
    ...inputs.excluded,
    ...inputs.privateNotes,
    // Hidden files are Obsidian's or the system's; the table lists what an author sees in the folder.
    ...files.ignored
      .flatMap((entry) => entry.files.map((file) => ({ file, reason: `ignored: ${entry.reason}` })))
      .filter((entry) => !entry.file.split('/').some((part) => part.startsWith('.')))
      .map((entry) => ({ ...entry, file: contentFile(entry.file) })),
    ...inputs.attachments.map((a) => (used.has(a) ? { file: a.file, url: routes.attachment(a.urlName), what: 'attachment' } : { file: a.file, reason: 'attachment no published page embeds' })),
  ].sort((a, b) => a.file.localeCompare(b.file))
  return {
    pages: { talks: talks.length, caseStudies: caseStudies.length, notes: notes.length, tags: inputs.tagCount, attachments: inputs.attachments.filter((a) => used.has(a)).length },
    publish: inputs.publish,
    excluded: [...inputs.excluded],
    private: inputs.privateNotes.map((note) => note.file),
    privateLinks: graph.privateLinks,
    ignored: files.ignored.map((entry) => ({ file: contentFile(entry.path), reason: entry.reason, files: entry.files.length })),
    unresolved: graph.unresolved,
    unusedPermalinks: inputs.unusedPermalinks,
    missingImages: graph.missingImages,
    warnings: [...(inputs.warnings ?? [])],
    unreadPdfs: [...(inputs.unreadPdfs ?? [])],
    files: fates,
  }
}
