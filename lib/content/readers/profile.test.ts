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
