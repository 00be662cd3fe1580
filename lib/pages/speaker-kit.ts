/**
 * The speaker kit (/speaker/): what organisers ask a speaker for, drawn from the profile and the
 * talks as written. Every part is optional: a part the content does not give is left out, heading
 * and all, and nothing stands in for it, so the kit never says what the speaker did not write.
 */
import { statSync } from 'node:fs'
import { getProfile, getProfileFile, getTalks } from '../content'
import { mimeType } from '../core/file-types'
import type { BioLength, Headshot, Profile, Talk } from '../core/model'
import { classifyImageUrl, readImageSize, type ImageSize } from '../markdown/images'

/** A bio of the kit: one the profile's `bios` give, or, without any, the profile's own text. */
export type KitBio = { id: string; label: string; markdown: string }

/** A headshot as offered: where it is, and for a file of public/ its size in pixels and bytes and its type. */
export type KitHeadshot = Headshot & { size?: ImageSize; bytes?: number; mime?: string; fileName: string }

/** A talk on offer: its abstract, else (`fromDescription`) its description, and its length. */
export type KitTalk = Pick<Talk, 'file' | 'slug' | 'url' | 'title' | 'duration'> & { abstract: string; fromDescription: boolean }

export type SpeakerKit = { profile: Profile; bios: KitBio[]; headshots: KitHeadshot[]; talks: KitTalk[] }

const BIO_LABELS: Record<BioLength, string> = { short: 'Short bio', medium: 'Medium bio', long: 'Long bio' }

/**
 * The bios, shortest first. A profile without `bios` offers its own text (the home page's bio),
 * which the speaker wrote too; a profile with neither has no bio section.
 */
export function kitBios(profile: Pick<Profile, 'bios' | 'bio'>): KitBio[] {
  if (profile.bios.length) return profile.bios.map(({ length, markdown }) => ({ id: `bio-${length}`, label: BIO_LABELS[length], markdown }))
  const own = profile.bio.trim()
  return own ? [{ id: 'bio', label: 'Bio', markdown: own }] : []
}

/** A headshot with what a download link says of it: a file of public/ is measured, a URL is offered as it is. */
export function kitHeadshot(headshot: Headshot, profileFile: string, publicDir = 'public'): KitHeadshot {
  const reference = classifyImageUrl(headshot.image, profileFile, publicDir)
  const fileName = decodeURIComponent(new URL(headshot.image, 'https://x.invalid').pathname.split('/').pop() ?? '') || 'headshot'
  if (reference.kind !== 'public') return { ...headshot, fileName }
  const size = readImageSize(reference.file)
  return { ...headshot, fileName, ...(size ? { size } : {}), bytes: statSync(reference.file).size, mime: mimeType(reference.file) }
}

export function kitTalk(talk: Talk): KitTalk {
  const { file, slug, url, title, duration } = talk
  return { file, slug, url, title, duration, abstract: talk.abstract ?? talk.description, fromDescription: talk.abstract === undefined }
}

/** The kit of the site's speaker: its published talks newest first, as the talks list has them. */
export function speakerKit(): SpeakerKit {
  const profile = getProfile()
  return {
    profile,
    bios: kitBios(profile),
    headshots: profile.headshots.map((headshot) => kitHeadshot(headshot, getProfileFile())),
    talks: getTalks().map(kitTalk),
  }
}

/** The kit page's description: what it holds, in the site's words (no claim about the speaker). */
export function speakerKitDescription(kit: Pick<SpeakerKit, 'profile' | 'bios' | 'headshots' | 'talks'>): string {
  const parts = [
    kit.bios.length > 1 ? 'bios' : kit.bios.length ? 'a bio' : undefined,
    kit.headshots.length ? 'headshots' : undefined,
    kit.talks.length ? 'talks with their abstracts' : undefined,
    kit.profile.contact ? 'a contact' : undefined,
  ].filter((part): part is string => Boolean(part))
  const lead = `Speaker kit of ${kit.profile.name} for organisers`
  if (!parts.length) return `${lead}.`
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]
  return `${lead}: ${list}.`
}
