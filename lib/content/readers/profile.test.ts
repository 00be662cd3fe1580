import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readProfile } from './profile'

const FILE = 'content/profile.md'

test('the profile reads its links in their set order, with labels, a Twitter handle and a mailto: URL', () => {
  const { page, problems } = readProfile({
    file: FILE,
    frontmatter: { name: 'Ada Speaker', links: { email: 'ada@example.org', twitter: '@ada', github: 'https://github.com/ada' } },
    body: 'I give talks.',
  })
  assert.deepEqual(problems, [])
  assert.equal(page.name, 'Ada Speaker')
  assert.equal(page.bio, 'I give talks.')
  assert.equal(page.twitterHandle, '@ada')
  assert.deepEqual(page.links, [
    { kind: 'twitter', label: 'Twitter / X', url: 'https://x.com/ada' },
    { kind: 'github', label: 'GitHub', url: 'https://github.com/ada' },
    { kind: 'email', label: 'Email', url: 'mailto:ada@example.org' },
  ])
})

test('a Twitter or X URL gives the handle too, and stays the link', () => {
  const { page } = readProfile({ file: FILE, frontmatter: { name: 'Ada', links: { twitter: 'https://x.com/ada_s' } }, body: '' })
  assert.equal(page.twitterHandle, '@ada_s')
  assert.deepEqual(page.links.map((l) => l.url), ['https://x.com/ada_s'])
})

test('a profile without a name is a problem naming the file and the field', () => {
  const { problems } = readProfile({ file: FILE, frontmatter: { headline: 'Speaker' }, body: '' })
  assert.deepEqual(problems.map((p) => [p.file, p.field]), [[FILE, 'name']])
})

const KIT = {
  name: 'Ada Speaker',
  pronouns: 'she/her',
  pronunciation: 'AY-duh',
  bios: { long: 'Ada has spoken at *many* events.\n\nShe lives by the sea.', short: 'Ada speaks.', medium: '' },
  headshots: [{ image: '/images/ada.jpg', alt: 'Ada, smiling', credit: 'Photo: Lee' }, { image: 'https://cdn.example.org/ada.webp' }],
  contact: 'talks@example.org',
}

test('the speaker kit fields: bios shortest first (an empty one is none), headshots as written, the contact linked', () => {
  const { page, problems } = readProfile({ file: FILE, frontmatter: KIT, body: '' })
  assert.deepEqual(problems, [])
  assert.equal(page.pronouns, 'she/her')
  assert.equal(page.pronunciation, 'AY-duh')
  assert.deepEqual(page.bios, [
    { length: 'short', markdown: 'Ada speaks.' },
    { length: 'long', markdown: 'Ada has spoken at *many* events.\n\nShe lives by the sea.' },
  ])
  assert.deepEqual(page.headshots, [
    { image: '/images/ada.jpg', alt: 'Ada, smiling', credit: 'Photo: Lee' },
    { image: 'https://cdn.example.org/ada.webp', alt: undefined, credit: undefined },
  ])
  assert.deepEqual(page.contact, { text: 'talks@example.org', url: 'mailto:talks@example.org' })
})

test('a contact URL is its own link; "mailto:" written before an address is not doubled', () => {
  const url = readProfile({ file: FILE, frontmatter: { name: 'Ada', contact: 'https://example.org/book-ada' }, body: '' }).page
  assert.deepEqual(url.contact, { text: 'https://example.org/book-ada', url: 'https://example.org/book-ada' })
  const mailto = readProfile({ file: FILE, frontmatter: { name: 'Ada', contact: 'mailto:ada@example.org' }, body: '' }).page
  assert.deepEqual(mailto.contact, { text: 'ada@example.org', url: 'mailto:ada@example.org' })
})

test('a profile without the kit fields has none of them: nothing is made up', () => {
  const { page, problems } = readProfile({ file: FILE, frontmatter: { name: 'Ada' }, body: 'Bio.' })
  assert.deepEqual(problems, [])
  assert.deepEqual([page.pronouns, page.pronunciation, page.contact, page.bios, page.headshots], [undefined, undefined, undefined, [], []])
})

test('bad kit fields are problems naming the file and the field', () => {
  const { problems, page } = readProfile({
    file: FILE,
    frontmatter: {
      name: 'Ada',
      pronouns: ['she', 'her'],
      bios: { short: 'Fine.', tiny: 'Typo of a length.', long: 42 },
      headshots: [{ alt: 'No image' }, { image: '/files/cv.pdf' }, { image: 'javascript:alert(1)' }, 'ada.jpg', { image: '/ok.png', credits: 'x' }],
      contact: 'call me',
    },
    body: '',
  })
  assert.deepEqual(
    problems.map((p) => [p.file, p.field, p.message]),
    [
      [FILE, 'pronouns', 'expected text, got ["she","her"]'],
      [FILE, 'bios.tiny', 'unknown field'],
      [FILE, 'bios.long', 'expected text, got 42'],
      [FILE, 'headshots[0].image', 'is required'],
      [FILE, 'headshots[2].image', 'expected an http(s) URL or a path under public/ starting with "/", got "javascript:alert(1)"'],
      [FILE, 'headshots[3]', 'expected a map of fields, got "ada.jpg"'],
      [FILE, 'headshots[4].credits', 'unknown field (did you mean "credit"?)'],
      [FILE, 'contact', 'expected an email address or an http(s) URL, got "call me"'],
      [FILE, 'headshots[1].image', 'expected an image file (.jpg, .png, .webp, .avif, .gif or .svg), got "/files/cv.pdf"'],
    ],
  )
  assert.deepEqual(page.bios, [{ length: 'short', markdown: 'Fine.' }])
})
