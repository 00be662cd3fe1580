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
