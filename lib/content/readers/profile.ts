/** The profile (content-schema/profile.ts): the home page's person, and the links rendered with rel="me". */
import { profileSchema } from '@/content-schema/profile'
import { validateFrontmatter } from './validate'
import type { Profile, ProfileLink, ProfileLinkKind } from '../../core/model'
import { str, type Reading, type SourceDocument } from './common'

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
  const page: Profile = { name: str(fm.name) ?? '', headline: str(fm.headline), avatar: str(fm.avatar), location: str(fm.location), links, bio: doc.body, twitterHandle }
  return { page, problems }
}
