/**
 * What the site shows, as pages and components see it: the view model that lib/content/ builds
 * from the content. Pure (no Node, no content), so components import it and never load the content.
 */

/** A property of a note or talk as shown: Obsidian's word for a frontmatter field. */
export type NoteProperty = { key: string; value: string }

/** How a build publishes notes (PUBLISH, or where the content is), and why. */
export const PUBLISH_MODES = ['all', 'marked'] as const
export type PublishMode = (typeof PUBLISH_MODES)[number]
export type PublishSetting = { mode: PublishMode; because: string }

export type PageKind = 'talk' | 'case-study' | 'note'
/** What the site calls each kind of page: one of them ("Case study") and their collection ("Case studies"). */
export const PAGE_KIND_NAMES: Record<PageKind, { one: string; collection: string }> = {
  talk: { one: 'Talk', collection: 'Talks' },
  'case-study': { one: 'Case study', collection: 'Case studies' },
  note: { one: 'Note', collection: 'Notes' },
}
/** The speaker kit's title (routes.speakerKit): its heading, tab, breadcrumb and preview card. */
export const SPEAKER_KIT_TITLE = 'Speaker kit'
export type TagRef = { name: string; slug: string }

/** What a list, a backlink or a tag page needs to know of a page. */
export type PageRef = {
  kind: PageKind
  slug: string
  /** Site path, without base path ("/talks/x/"). */
  url: string
  title: string
  description: string
  /** YYYY-MM-DD: a talk's or case study's date, a note's last update. */
  date?: string
  tags: TagRef[]
}

type PageCommon = PageRef & {
  /** The source file, relative to the project ("content/talks/x.md"). */
  file: string
  aliases: string[]
  /** Markdown or MDX, public part only (no speaker notes). */
  body: string
  isMdx: boolean
}

export type TalkEvent = { name: string; date: string; location?: string; url?: string; recording?: string }
export type TalkSource = { number: number; title: string; url?: string; note?: string; slides: number[] }
/** A link of a PDF deck's page: its URL and its rectangle, as fractions of the page from its top left. */
export type PdfLink = { url: string; x: number; y: number; width: number; height: number }
/** One image of a PDF deck's page: `file` is its name in the deck's folder ("3-1280.webp"). */
export type PdfImage = { file: string; width: number; height: number; format: 'avif' | 'webp' }
/**
 * What a slide drawn from a page of the talk's PDF deck shows: `deck` names the deck by its bytes
 * (lib/pdf/deck.ts); `text` is the page's text as read, line by line ("" for none): the image's
 * text alternative and the transcript's.
 */
export type PdfSlidePage = { deck: string; text: string; images: PdfImage[]; links: PdfLink[] }

export type PublicSlide = {
  number: number
  /** The slide's Markdown; a PDF deck's slide: its page's text, the first line as its heading. */
  markdown: string
  footnotes: ReadonlyMap<string, number>
  /**
   * Seconds into the talk's recording where the slide starts: its `Time:` line (lib/browser/slide-times.ts),
   * or a PDF deck's `slides.times`.
   */
  start?: number
  /** A slide of the talk's PDF deck (lib/content/readers/talk-pdf.ts `deckPdfSource`): its page's image and links. */
  pdf?: PdfSlidePage
}
/**
 * The talk's decks besides its body: `pdf` is the URL of its PDF to open and download;
 * `pdfAttachment` the content file of that PDF when it is in the content folder, which the site
 * then publishes (lib/content/readers/talk-pdf.ts).
 */
export type ExternalDeck = { speakerdeck?: string; pdf?: string; embed?: string; pdfAttachment?: string }

export type Talk = PageCommon & {
  kind: 'talk'
  date: string
  duration?: number
  /** Markdown: the talk as submitted to a call for papers (the speaker kit shows it, else the description). */
  abstract?: string
  shortlink?: string
  events: TalkEvent[]
  slides: PublicSlide[]
  deck: ExternalDeck
  video?: string
  sources: TalkSource[]
  /** Keys the talk does not know (Obsidian's Owner, Lifespan...), shown as its properties. */
  properties: NoteProperty[]
}

/**
 * Whether a talk has a deck of its own, in its body or its PDF's pages: only such a talk has a
 * presenter view, an embed page, an oEmbed file and embed code to share. A deck elsewhere (Speaker
 * Deck, an embed, a PDF given as a URL) is not one.
 */
export function hasDeck(talk: Pick<Talk, 'slides'>): boolean {
  return talk.slides.length > 0
}

/** Whether the talk's deck is its PDF's pages (lib/content/readers/talk-pdf.ts): then the PDF is shown already, and only offered to download. */
export function hasPdfDeck(talk: Pick<Talk, 'slides'>): boolean {
  return talk.slides.some((slide) => slide.pdf)
}

export type CaseStudy = PageCommon & {
  kind: 'case-study'
  date: string
  company?: string
  role?: string
  period?: string
  links: { title: string; url: string }[]
}

export type Note = PageCommon & {
  kind: 'note'
  created?: string
  updated?: string
  stage?: string
  properties: NoteProperty[]
  /** Classes for the note's <article>: its `cssclasses`, safe class names only (lib/content/readers/note-frontmatter.ts). */
  cssclasses: string[]
  /** Obsidian Publish's `permalink` as written; lib/content/note-urls.ts makes it the page's URL. */
  permalink?: string
  /**
   * Site paths whose pages only send the reader here (lib/content/note-urls.ts): the /notes/ URL of a note
   * served at its permalink, and its aliases' /notes/<alias>/ where nothing else is.
   */
  redirectsFrom: string[]
}

export type Page = Talk | CaseStudy | Note

export type ProfileLinkKind =
  | 'website' | 'twitter' | 'discord' | 'github' | 'mastodon' | 'bluesky' | 'linkedin' | 'youtube' | 'email'
export type ProfileLink = { kind: ProfileLinkKind; label: string; url: string }

/** The lengths a bio may be written in, shortest first: the order the speaker kit shows them in. */
export const BIO_LENGTHS = ['short', 'medium', 'long'] as const
export type BioLength = (typeof BIO_LENGTHS)[number]
/** A bio for organisers, Markdown as written. */
export type ProfileBio = { length: BioLength; markdown: string }

/** A photo organisers may print: a file of public/ ("/images/x.jpg") or an absolute URL, as written. */
export type Headshot = { image: string; alt?: string; credit?: string }

/** Where organisers reach the speaker: the value as written, and its link (mailto: for an address). */
export type ProfileContact = { text: string; url: string }

export type Profile = {
  name: string
  headline?: string
  avatar?: string
  location?: string
  links: ProfileLink[]
  bio: string
  /** The Twitter/X handle, "@name", for link previews. */
  twitterHandle?: string
  pronouns?: string
  /** How to say the name, as the speaker spells it out. */
  pronunciation?: string
  /** The bios written for organisers, shortest first; empty when the profile gives none. */
  bios: ProfileBio[]
  headshots: Headshot[]
  contact?: ProfileContact
}

export type Attachment = { file: string; name: string; urlName: string; isImage: boolean }

export type Tag = TagRef & { pages: PageRef[] }

export type ContentFileFate = { file: string; url: string; what: string } | { file: string; url?: undefined; reason: string }

export type ContentReport = {
  pages: Record<'talks' | 'caseStudies' | 'notes' | 'tags' | 'attachments', number>
  /** How notes publish (PUBLISH), and why. */
  publish: PublishSetting
  excluded: { file: string; reason: string }[]
  /** Notes the publish mode keeps private (PUBLISH=marked: not marked `publish: true`). */
  private: string[]
  /** Wikilinks of published pages to private notes, shown as the plain text written. */
  privateLinks: { file: string; links: string[] }[]
  /** Obsidian's and the system's own files and folders, not content (lib/content/source/obsidian-files.ts). */
  ignored: { file: string; reason: string; files: number }[]
  unresolved: { file: string; links: string[] }[]
  /** Obsidian Publish permalinks the site cannot serve ("/", /tags/), and why (lib/content/note-urls.ts). */
  unusedPermalinks: { file: string; permalink: string; reason: string }[]
  /** Markdown images that name a local file that is not there, as written. */
  missingImages: { file: string; images: string[] }[]
  /** Problems of notes that are not published (a private note's bad date): warnings, not errors. */
  warnings: { file: string; field?: string; message: string }[]
  /**
   * A published talk's PDF under public/, or embedded alone in its body, that could not be read:
   * the talk builds as before PDFs were decks (the PDF linked, or the embed as written). Warnings.
   */
  unreadPdfs: { file: string; field?: string; message: string }[]
  /** Every file under content/ (hidden ones aside), with the URL it is published at or why it is not. */
  files: ContentFileFate[]
}


/** A link to a private note resolves to `private`: shown as the text written, never as a link. */
export type ResolvedLink = { kind: 'page'; page: Page } | { kind: 'file'; attachment: Attachment } | { kind: 'private' }

/**
 * A Markdown image of a page: a file of public/ (its site path and file), an attachment under
 * content/, or "missing". Images on other sites are not resolved (undefined).
 */
export type ResolvedImage =
  | { kind: 'public'; path: string; file: string }
  | { kind: 'file'; attachment: Attachment }
  | { kind: 'missing' }

export type SpeakerNote = { slide: number; notes: string }

/** What a list, a backlink or a tag page keeps of a page: never its body. */
export function toRef(page: Page): PageRef {
  return { kind: page.kind, slug: page.slug, url: page.url, title: page.title, description: page.description, date: page.date, tags: page.tags }
}
