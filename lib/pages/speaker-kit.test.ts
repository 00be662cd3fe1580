import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import sharp from 'sharp'
import type { Profile, Talk } from '../core/model'
import { kitBios, kitHeadshot, kitTalk, speakerKitDescription } from './speaker-kit'

const PROFILE_FILE = 'content/profile.md'

test('the bios are those written, shortest first, each with its own id and label', () => {
  const bios = kitBios({ bio: 'Hi, I am Ada.', bios: [{ length: 'short', markdown: 'Ada speaks.' }, { length: 'long', markdown: 'Ada has spoken a lot.' }] })
  assert.deepEqual(bios, [
    { id: 'bio-short', label: 'Short bio', markdown: 'Ada speaks.' },
    { id: 'bio-long', label: 'Long bio', markdown: 'Ada has spoken a lot.' },
  ])
})

test('without bios the profile\'s own text is the one bio; with neither there is no bio at all', () => {
  assert.deepEqual(kitBios({ bio: '\nHi, I am Ada.\n', bios: [] }), [{ id: 'bio', label: 'Bio', markdown: 'Hi, I am Ada.' }])
  assert.deepEqual(kitBios({ bio: '  \n', bios: [] }), [])
})

test('a headshot of public/ is offered with its size in pixels and bytes, its type and its file name', async () => {
  const publicDir = mkdtempSync(path.join(tmpdir(), 'kit-public-'))
  const jpeg = await sharp({ create: { width: 300, height: 400, channels: 3, background: '#888' } }).jpeg().toBuffer()
  writeFileSync(path.join(publicDir, 'ada smiling.jpg'), jpeg)
  const headshot = kitHeadshot({ image: '/ada%20smiling.jpg', credit: 'Photo: Lee' }, PROFILE_FILE, publicDir)
  assert.deepEqual(headshot, {
    image: '/ada%20smiling.jpg',
    credit: 'Photo: Lee',
    fileName: 'ada smiling.jpg',
    size: { width: 300, height: 400 },
    bytes: jpeg.length,
    mime: 'image/jpeg',
  })
})

test('a headshot on another site is offered as written, unmeasured', () => {
  assert.deepEqual(kitHeadshot({ image: 'https://cdn.example.org/p/ada.webp?w=full' }, PROFILE_FILE), {
    image: 'https://cdn.example.org/p/ada.webp?w=full',
    fileName: 'ada.webp',
  })
})

const talk = { file: 'content/talks/x.md', slug: 'x', url: '/talks/x/', title: 'X', description: 'One line.', duration: 30 } as Talk

test('a talk offers its abstract, else says that its description stands in', () => {
  assert.deepEqual(kitTalk({ ...talk, abstract: 'The *abstract*.' }), { ...pick(talk), abstract: 'The *abstract*.', fromDescription: false })
  assert.deepEqual(kitTalk(talk), { ...pick(talk), abstract: 'One line.', fromDescription: true })
})

const pick = ({ file, slug, url, title, duration }: Talk) => ({ file, slug, url, title, duration })

test('the description names what the kit holds, and nothing it does not', () => {
  const profile = { name: 'Ada', contact: { text: 'a@example.org', url: 'mailto:a@example.org' } } as Profile
  const bio = { id: 'bio', label: 'Bio', markdown: 'x' }
  assert.equal(
    speakerKitDescription({ profile, bios: [bio, bio], headshots: [{ image: '/a.jpg', fileName: 'a.jpg' }], talks: [kitTalk(talk)] }),
    'Speaker kit of Ada for organisers: bios, headshots, talks with their abstracts and a contact.',
  )
  assert.equal(speakerKitDescription({ profile: { name: 'Ada' } as Profile, bios: [bio], headshots: [], talks: [] }), 'Speaker kit of Ada for organisers: a bio.')
  assert.equal(speakerKitDescription({ profile: { name: 'Ada' } as Profile, bios: [], headshots: [], talks: [] }), 'Speaker kit of Ada for organisers.')
})
