/** The profile (content-schema/profile.ts): the home page's person, and the links rendered with rel="me". */
import { profileSchema } from '@/content-schema/profile'
import { validateFrontmatter } from './validate'
import { BIO_LENGTHS, type Headshot, type Profile, type ProfileBio, type ProfileContact, type ProfileLink, type ProfileLinkKind } from '../../core/model'
import { isImage } from '../../core/file-types'
import { str, type Reading, type SourceDocument } from './common'
import type { ContentProblem } from './validate'

// The order the links are shown in, wherever they are (home page, footer, speaker card).
const PROFILE_LINK_LABELS: Record<ProfileLinkKind, string> = {
  website: 'Website', twitter: 'Twitter / X', discord: 'Discord', github: 'GitHub', mastodon: 'Mastodon',
  bluesky: 'Bluesky', linkedin: 'LinkedIn', youtube: 'YouTube', email: 'Email',
}

/** The profile is never left out: the site has no home page without it. */
export function readProfile(doc: SourceDocument): Reading<Profile> {
  const fm = doc.frontmatter
  const problems = validateFrontmatter(profileSchema, fm, doc.file)
  const raw = (typeof fm.links === 'object' && fm.links ? fm.links : {}) as Record<string, unknown>
  const links: ProfileLink[] = []
  let twitterHandle: string | undefined
  for (const kind of Object.keys(PROFILE_LINK_LABELS) as ProfileLinkKind[]) {
    const value = str(raw[kind])
    if (!value) continue
    let url = value
    if (kind === 'twitter') {
      const handle = value.startsWith('@') ? value.slice(1) : /(?:twitter|x)\.com\/@?([A-Za-z0-9_]+)/i.exec(value)?.[1]
      if (handle) twitterHandle = `@${handle}`
      if (value.startsWith('@')) url = `https://x.com/${value.slice(1)}`
    }
    if (kind === 'email') url = `mailto:${value}`
    links.push({ kind, label: PROFILE_LINK_LABELS[kind], url })
  }
  const page: Profile = {
    name: str(fm.name) ?? '',
    headline: str(fm.headline),
    avatar: str(fm.avatar),
    location: str(fm.location),
    links,
    bio: doc.body,
    twitterHandle,
    pronouns: str(fm.pronouns),
    pronunciation: str(fm.pronunciation),
    bios: readBios(fm.bios),
    headshots: readHeadshots(fm.headshots, doc.file, problems),
    contact: readContact(fm.contact),
  }
  return { page, problems }
}

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The bios written, shortest first; a length left empty is not one (validateFrontmatter checked their types). */
function readBios(value: unknown): ProfileBio[] {
  if (!isMap(value)) return []
  return BIO_LENGTHS.flatMap((length) => {
    const markdown = str(value[length])
    return markdown ? [{ length, markdown }] : []
  })
}

/**
 * The headshots, each an image a browser shows: a file that is no image (a .pdf, a .zip) would
 * be offered as a photo and print as nothing, so it is a problem naming its field. Whether a
 * file of public/ is there is the site's to check (lib/content/site.ts), which knows public/.
 */
function readHeadshots(value: unknown, file: string, problems: ContentProblem[]): Headshot[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item, i): Headshot[] => {
    const image = isMap(item) ? str(item.image) : undefined
    // Not there, or neither a URL nor a path: validateFrontmatter named it.
    if (!isMap(item) || !image || !/^(https?:\/\/|\/(?!\/))/i.test(image)) return []
    const path = image.split(/[?#]/)[0] ?? ''
    if (!isImage(path)) {
      problems.push({ file, field: `headshots[${i}].image`, message: `expected an image file (.jpg, .png, .webp, .avif, .gif or .svg), got "${image}"` })
      return []
    }
    return [{ image, alt: str(item.alt), credit: str(item.credit) }]
  })
}

/** The contact as written, linked: an http(s) URL as it is, else (validateFrontmatter allows only an address) a mailto: link. */
function readContact(value: unknown): ProfileContact | undefined {
  const text = str(value)?.replace(/^mailto:/i, '')
  if (!text) return undefined
  return { text, url: /^https?:\/\//i.test(text) ? text : `mailto:${text}` }
}
