import type { DocumentSchema } from './fields'

export const profileSchema = {
  name: 'Profile',
  kind: 'profile',
  label: 'Profile',
  filePathPattern: 'profile.md',
  folder: '',
  singleton: true,
  strict: true,
  fields: {
    name: { type: 'string', label: 'Name', required: true },
    headline: { type: 'string', label: 'Headline' },
    avatar: {
      type: 'string',
      format: 'url-or-path',
      label: 'Avatar',
      hint: 'A file under public/ (/images/avatar.jpg) or an absolute URL.',
    },
    location: { type: 'string', label: 'Location' },
    // The speaker kit (/speaker/): what organisers copy into their programme. Each optional; a
    // field left out is not shown, and nothing on the kit is made up for it.
    pronouns: { type: 'string', label: 'Pronouns', hint: 'As you want them printed: "she/her", "they/them".' },
    pronunciation: {
      type: 'string',
      label: 'Name pronunciation',
      hint: 'How to say your name, as you would spell it out for a host: "YAH-kob BLESS-er".',
    },
    bios: {
      type: 'object',
      objectName: 'ProfileBios',
      label: 'Bios for organisers',
      hint: 'Markdown, in the third person if organisers print it. Each is shown on the speaker kit with a copy button.',
      fields: {
        short: { type: 'text', label: 'Short bio', hint: 'A sentence or two: a programme listing.' },
        medium: { type: 'text', label: 'Medium bio', hint: 'A paragraph: an event page.' },
        long: { type: 'text', label: 'Long bio', hint: 'Several paragraphs: an introduction read aloud.' },
      },
    },
    headshots: {
      type: 'list',
      itemName: 'ProfileHeadshot',
      label: 'Headshots',
      hint: 'Photos organisers may print, offered at full size on the speaker kit.',
      fields: {
        image: {
          type: 'string',
          format: 'url-or-path',
          label: 'Image',
          hint: 'An image file under public/ (/images/headshot.jpg) or an absolute URL.',
          required: true,
        },
        alt: { type: 'string', label: 'Description', hint: 'What the photo shows, for readers who cannot see it.' },
        credit: { type: 'string', label: 'Photo credit', hint: 'As it must be printed: "Photo: Ana Lee".' },
      },
    },
    contact: {
      type: 'string',
      format: 'email-or-url',
      label: 'Contact for organisers',
      hint: 'An email address or a URL (a booking form) where organisers reach you.',
    },
    links: {
      type: 'object',
      objectName: 'ProfileLinks',
      label: 'Links',
      hint: 'Each optional; rendered with rel="me".',
      fields: {
        website: { type: 'string', format: 'url', label: 'Website' },
        twitter: { type: 'string', format: 'twitter', label: 'Twitter / X', hint: 'A URL or "@handle".' },
        discord: { type: 'string', format: 'url', label: 'Discord', hint: 'A server invite or a discord.com/users/ID URL.' },
        github: { type: 'string', format: 'url', label: 'GitHub' },
        mastodon: { type: 'string', format: 'url', label: 'Mastodon' },
        bluesky: { type: 'string', format: 'url', label: 'Bluesky' },
        linkedin: { type: 'string', format: 'url', label: 'LinkedIn' },
        youtube: { type: 'string', format: 'url', label: 'YouTube' },
        email: { type: 'string', format: 'email', label: 'Email' },
      },
    },
  },
} satisfies DocumentSchema
