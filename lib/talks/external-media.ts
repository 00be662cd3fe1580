/**
 * External decks and recordings named in a talk's frontmatter, as click-to-load players.
 * Pure URL parsing: nothing here fetches, so the page makes no third-party request until a
 * visitor asks for the player.
 */

export type EmbedKind = 'youtube' | 'vimeo' | 'speakerdeck' | 'slides' | 'pdf' | 'video' | 'file'

export type MediaEmbed = {
  kind: EmbedKind
  /** What the placeholder says: "Recording on YouTube". */
  title: string
  /** The plain link: works without JavaScript, and is all we have when no player is derivable. */
  href: string
  /** The iframe's src, loaded only on a click; absent when the provider gives no embeddable player. */
  playerUrl?: string
  /** The PDF's own URL, for a download link. */
  download?: string
  /** A video file of the site's own (kind "file"), played by the browser's <video>. */
  fileUrl?: string
}

const YOUTUBE_ID = /^[\w-]{11}$/

function parse(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

const host = (url: URL) => url.hostname.replace(/^(www\.|m\.)/, '')

/** The YouTube video ID of a watch, youtu.be, embed, shorts or live URL. */
function youtubeId(url: string): string | undefined {
  const parsed = parse(url)
  if (!parsed) return undefined
  const h = host(parsed)
  let id: string | null | undefined
  if (h === 'youtu.be') id = parsed.pathname.split('/')[1]
  else if (h === 'youtube.com' || h === 'youtube-nocookie.com') {
    const [, first, second] = parsed.pathname.split('/')
    id = first === 'watch' ? parsed.searchParams.get('v') : ['embed', 'shorts', 'live', 'v'].includes(first ?? '') ? second : undefined
  }
  return id && YOUTUBE_ID.test(id) ? id : undefined
}

/** The Vimeo video ID of vimeo.com/ID, vimeo.com/channels/x/ID or player.vimeo.com/video/ID. */
function vimeoId(url: string): string | undefined {
  const parsed = parse(url)
  if (!parsed || !['vimeo.com', 'player.vimeo.com'].includes(host(parsed))) return undefined
  const id = parsed.pathname.split('/').filter(Boolean).find((part) => /^\d+$/.test(part))
  return id
}

/**
 * A recording: YouTube through its no-cookie domain, Vimeo through its player; any other URL is
 * only a link, since we cannot know whether it may be framed.
 */
function videoEmbed(url: string): MediaEmbed {
  const yt = youtubeId(url)
  if (yt) {
    const start = parse(url)?.searchParams.get('t')?.match(/^(\d+)s?$/)?.[1]
    const query = start ? `?start=${start}&autoplay=1` : '?autoplay=1'
    return { kind: 'youtube', title: 'Recording on YouTube', href: url, playerUrl: `https://www.youtube-nocookie.com/embed/${yt}${query}` }
  }
  const vimeo = vimeoId(url)
  if (vimeo) return { kind: 'vimeo', title: 'Recording on Vimeo', href: url, playerUrl: `https://player.vimeo.com/video/${vimeo}?autoplay=1&dnt=1` }
  return { kind: 'video', title: 'Recording', href: url }
}

/**
 * A Speaker Deck deck. Its player needs the deck's internal ID, which the public URL
 * (speakerdeck.com/user/deck) does not carry; only a player URL (speakerdeck.com/player/ID)
 * gives it, so any other URL stays an honest "open on Speaker Deck" link.
 */
function speakerDeckEmbed(url: string): MediaEmbed {
  const parsed = parse(url)
  const id = parsed && host(parsed) === 'speakerdeck.com' ? parsed.pathname.match(/^\/player\/([\w-]+)\/?$/)?.[1] : undefined
  return {
    kind: 'speakerdeck',
    title: 'Slides on Speaker Deck',
    href: url,
    ...(id ? { playerUrl: `https://speakerdeck.com/player/${id}` } : {}),
  }
}

export type MediaSources = { speakerdeck?: string; embed?: string; pdf?: string; video?: string }

/** Every player a talk names, in the order a visitor wants them: the deck, then the recording. */
export function mediaEmbeds(media: MediaSources, withBasePath: (path: string) => string): MediaEmbed[] {
  const out: MediaEmbed[] = []
  if (media.speakerdeck) out.push(speakerDeckEmbed(media.speakerdeck))
  if (media.embed) out.push({ kind: 'slides', title: 'Slides', href: media.embed, playerUrl: media.embed })
  if (media.pdf) {
    const pdf = withBasePath(media.pdf)
    out.push({ kind: 'pdf', title: 'Slides (PDF)', href: pdf, playerUrl: pdf, download: pdf })
  }
  if (media.video?.startsWith('/')) {
    const file = withBasePath(media.video)
    out.push({ kind: 'file', title: 'Recording', href: file, fileUrl: file })
  } else if (media.video) out.push(videoEmbed(media.video))
  return out
}
