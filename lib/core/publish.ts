/**
 * Which notes a build publishes (README, "Publishing from a vault"). Pure: the setting and whether
 * the content folder is in an Obsidian vault are passed in (lib/content/source/settings.ts reads them).
 *
 * - `all`: every note, unless it says `publish: false` or `draft: true` (the sample content's way).
 * - `marked`: only notes that say `publish: true` (and not `draft: true`); every other note stays
 *   private. The default for content in an Obsidian vault, where most notes are not for the web.
 *
 * Talks and case studies in folders of their own (talks/, case-studies/) are written for the site:
 * they publish in either mode unless they say `draft: true` or `publish: false`. One that a vault's
 * note makes itself is a note first, and follows the mode (lib/content/readers/from-note.ts).
 */
import { PUBLISH_MODES, type PublishMode, type PublishSetting } from './model'

/** The mode from the PUBLISH setting, else from where the content is. Throws on a value it does not know. */
export function decidePublishMode(setting: string | undefined, vaultSettings: string | undefined): PublishSetting {
  const value = setting?.trim().toLowerCase()
  if (value) {
    if ((PUBLISH_MODES as readonly string[]).includes(value)) return { mode: value as PublishMode, because: `PUBLISH=${value}` }
    throw new Error(`PUBLISH=${setting}: expected one of ${PUBLISH_MODES.join(', ')}`)
  }
  return vaultSettings
    ? { mode: 'marked', because: `the content is in an Obsidian vault (${vaultSettings}); PUBLISH=all publishes every note` }
    : { mode: 'all', because: 'the default outside an Obsidian vault' }
}

/** What a document's frontmatter says about publishing, `true` or `false` as its reader read them. */
export type PublishFlags = { publish?: boolean; draft?: boolean }

export type PublishFate =
  | { published: true }
  /** `private`: left out by the mode (marked), not by the document's own `publish: false` or `draft: true`. */
  | { published: false; reason: string; private: boolean }

/**
 * Whether a document of any kind is published, and if not, why, in the content report's words.
 * `ownFolder`: a talk or case study in its own folder, to which the mode does not apply.
 */
export function publishFate(flags: PublishFlags, mode: PublishMode, { ownFolder = false }: { ownFolder?: boolean } = {}): PublishFate {
  if (flags.draft === true) return { published: false, reason: 'draft: true', private: false }
  if (flags.publish === false) return { published: false, reason: 'publish: false', private: false }
  if (!ownFolder && mode === 'marked' && flags.publish !== true) return { published: false, reason: 'private: not marked publish: true', private: true }
  return { published: true }
}
