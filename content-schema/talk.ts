import { pageFields, type DocumentSchema } from './fields'

export const talkSchema = {
  name: 'Talk',
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
        pdf: { type: 'string', format: 'url-or-path', label: 'PDF' },
        embed: { type: 'string', format: 'url', label: 'Embed URL' },
      },
    },
    video: { type: 'string', format: 'url', label: 'Video' },
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
