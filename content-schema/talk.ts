import { pageFields, type DocumentSchema } from './fields'

export const talkSchema = {
  name: 'Talk',
  kind: 'talk',
  label: 'Talks',
  filePathPattern: 'talks/**/*.{md,mdx}',
  folder: 'talks',
  strict: true,
  fields: {
    ...pageFields,
    date: { type: 'date', label: 'Date', hint: 'When the talk was first given (or published).', required: true },
    shortlink: {
      type: 'string',
      format: 'slug',
      label: 'Shortlink',
      hint: 'Optional: /<shortlink>/ redirects to the talk page.',
    },
    duration: { type: 'number', label: 'Duration (minutes)' },
    abstract: {
      type: 'text',
      label: 'Abstract',
      hint: 'Markdown: the talk as you submit it to a call for papers, shown on the speaker kit. Without one, the kit shows the description.',
    },
    events: {
      type: 'list',
      itemName: 'TalkEvent',
      label: 'Events',
      hint: 'Each time the talk was (or will be) given.',
      fields: {
        name: { type: 'string', label: 'Name', required: true },
        date: { type: 'date', label: 'Date', required: true },
        location: { type: 'string', label: 'Location' },
        url: { type: 'string', format: 'url', label: 'Event page' },
        recording: { type: 'string', format: 'url', label: 'Recording' },
      },
    },
    slides: {
      type: 'object',
      objectName: 'TalkSlides',
      label: 'External slides',
      hint: 'An external deck, besides or instead of the body.',
      fields: {
        speakerdeck: { type: 'string', format: 'url', label: 'Speaker Deck' },
        pdf: {
          type: 'string',
          format: 'url-path-or-pdf',
          label: 'PDF',
          hint: 'A PDF under public/ ("/slides/deck.pdf") or in the content folder ("deck.pdf", "[[deck.pdf]]") is the deck of a talk without slides in its body: each page a slide.',
        },
        times: {
          type: 'strings',
          label: 'Slide times',
          hint: 'A PDF deck with a recording: where each slide starts in the video ("0:00", "1:30"), in order.',
        },
        embed: { type: 'string', format: 'url', label: 'Embed URL' },
      },
    },
    video: {
      type: 'string',
      format: 'url-or-path',
      label: 'Video',
      hint: 'The recording: a YouTube or Vimeo URL, or a video file under public/ ("/videos/talk.webm").',
    },
    sources: {
      type: 'list',
      itemName: 'TalkSource',
      label: 'Sources',
      fields: {
        title: { type: 'string', label: 'Title', required: true },
        url: { type: 'string', format: 'url', label: 'URL', required: true },
        note: { type: 'string', label: 'Note' },
      },
    },
  },
} satisfies DocumentSchema

/**
 * The keys a talk reads, matched as notes' keys are (ignoring case, spaces, "-" and "_"; see
 * normalizeKey), so a talk written in Obsidian reads as one: its fields, Obsidian's names for
 * them, and two keys of notes. `created` ("Created time") is the date when there is no `date`;
 * `publish: false` leaves the talk out, as `draft: true` does. Any other key is kept and shown as
 * one of the talk's properties, unless it is one edit away from one of these (lib/content/readers/talk-frontmatter.ts).
 */
export const talkKeyAliases = {
  title: ['title'],
  description: ['description'],
  date: ['date'],
  slug: ['slug'],
  tags: ['tags', 'tag'],
  aliases: ['aliases', 'alias'],
  draft: ['draft'],
  shortlink: ['shortlink'],
  duration: ['duration'],
  abstract: ['abstract'],
  events: ['events'],
  slides: ['slides'],
  video: ['video'],
  sources: ['sources'],
  created: ['created', 'createdtime', 'createdat'],
  publish: ['publish'],
} as const satisfies Record<keyof typeof talkSchema.fields | 'created' | 'publish', readonly string[]>
