import type { Profile } from '../core/model'

/** What the site is, in a sentence: the speaker's headline, else what it holds and whose it is. */
export function siteDescription(profile: Pick<Profile, 'name' | 'headline'>): string {
  return profile.headline ?? `Talks, case studies and notes by ${profile.name}.`
}
