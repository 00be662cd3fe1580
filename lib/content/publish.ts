/**
 * Which notes a build publishes (README, "Publishing from a vault"). Pure: the setting and whether
 * the content folder is in an Obsidian vault are passed in (lib/content/source/settings.ts reads them).
 *
 * - `all`: every note, unless it says `publish: false` or `draft: true` (the sample content's way).
 * - `marked`: only notes that say `publish: true` (and not `draft: true`); every other note stays
 *   private. The default for content in an Obsidian vault, where most notes are not for the web.
 *
 * Talks, case studies and the profile sit in folders of their own, written for the site: they
 * publish in either mode unless they say `draft: true`.
 */
import { PUBLISH_MODES, type PublishMode, type PublishSetting } from '../core/model'

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

/** What a note's frontmatter says about publishing, as lib/content/readers/note-frontmatter.ts reads it. */
export type PublishFlags = { publish?: boolean; draft?: boolean }

export type NoteFate =
  | { published: true }
  /** `private`: left out by the mode (marked), not by the note's own `publish: false` or `draft: true`. */
  | { published: false; reason: string; private: boolean }

export function noteFate(flags: PublishFlags, mode: PublishMode): NoteFate {
  if (flags.draft === true) return { published: false, reason: 'draft: true', private: false }
  if (flags.publish === false) return { published: false, reason: 'publish: false', private: false }
  if (mode === 'marked' && flags.publish !== true) return { published: false, reason: 'private: not marked publish: true', private: true }
  return { published: true }
}
