import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { mediaEmbeds } from './external-media'

/** A talk's recording, as its page embeds it. */
const recording = (url: string) => mediaEmbeds({ video: url }, (path) => path)[0]!
/** A talk's Speaker Deck deck, as its page embeds it. */
const speakerDeck = (url: string) => mediaEmbeds({ speakerdeck: url }, (path) => path)[0]!
/** The YouTube video a recording plays, read back from its player. */
const youtubeId = (url: string) => {
  const embed = recording(url)
  return embed.kind === 'youtube' ? /\/embed\/([\w-]+)\?/.exec(embed.playerUrl ?? '')?.[1] : undefined
}
/** The Vimeo video a recording plays, read back from its player. */
const vimeoId = (url: string) => {
  const embed = recording(url)
  return embed.kind === 'vimeo' ? /\/video\/(\d+)\?/.exec(embed.playerUrl ?? '')?.[1] : undefined
}

describe('a YouTube recording', () => {
  test('reads watch, youtu.be, embed and shorts URLs', () => {
    assert.equal(youtubeId('https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=x'), 'dQw4w9WgXcQ')
    assert.equal(youtubeId('https://youtu.be/dQw4w9WgXcQ?t=42'), 'dQw4w9WgXcQ')
    assert.equal(youtubeId('https://www.youtube.com/embed/dQw4w9WgXcQ'), 'dQw4w9WgXcQ')
    assert.equal(youtubeId('https://m.youtube.com/shorts/dQw4w9WgXcQ'), 'dQw4w9WgXcQ')
  })

  test('rejects other hosts and malformed IDs', () => {
    assert.equal(youtubeId('https://evil.example/watch?v=dQw4w9WgXcQ'), undefined)
    assert.equal(youtubeId('https://www.youtube.com/watch?v=short'), undefined)
    assert.equal(youtubeId('https://www.youtube.com/@channel'), undefined)
    assert.equal(youtubeId('not a url'), undefined)
  })
})

describe('a Vimeo recording', () => {
  test('reads vimeo.com and player URLs', () => {
    assert.equal(vimeoId('https://vimeo.com/76979871'), '76979871')
    assert.equal(vimeoId('https://vimeo.com/channels/staffpicks/76979871'), '76979871')
    assert.equal(vimeoId('https://player.vimeo.com/video/76979871'), '76979871')
    assert.equal(vimeoId('https://example.com/76979871'), undefined)
  })
})

describe("a recording's player", () => {
  test('a YouTube recording plays from the no-cookie domain, keeping its start time', () => {
    assert.equal(
      recording('https://www.youtube.com/watch?v=dQw4w9WgXcQ').playerUrl,
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    )
    assert.equal(
      recording('https://youtu.be/dQw4w9WgXcQ?t=90').playerUrl,
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90&autoplay=1',
    )
  })

  test('a Vimeo recording plays in the Vimeo player', () => {
    assert.equal(recording('https://vimeo.com/76979871').playerUrl, 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1')
  })

  test('any other recording is only a link', () => {
    const embed = recording('https://conf.example.com/videos/42')
    assert.equal(embed.playerUrl, undefined)
    assert.equal(embed.href, 'https://conf.example.com/videos/42')
  })
})

describe('a Speaker Deck deck', () => {
  test('a deck page gives no player, since its ID is not in the URL', () => {
    const embed = speakerDeck('https://speakerdeck.com/jacob/elixir')
    assert.equal(embed.playerUrl, undefined)
    assert.equal(embed.href, 'https://speakerdeck.com/jacob/elixir')
  })

  test('a player URL is embedded as it is', () => {
    assert.equal(speakerDeck('https://speakerdeck.com/player/0123abcd').playerUrl, 'https://speakerdeck.com/player/0123abcd')
  })
})

describe('mediaEmbeds', () => {
  const base = (path: string) => (path.startsWith('/') ? `/talks-site${path}` : path)

  test('lists deck, embed, PDF and recording in that order', () => {
    const kinds = mediaEmbeds(
      {
        video: 'https://vimeo.com/1',
        pdf: '/slides/x.pdf',
        embed: 'https://docs.google.com/presentation/d/abc/embed',
        speakerdeck: 'https://speakerdeck.com/u/d',
      },
      base,
    ).map((embed) => embed.kind)
    assert.deepEqual(kinds, ['speakerdeck', 'slides', 'pdf', 'vimeo'])
  })

  test('a PDF under public/ gets the base path and a download link; an absolute one is kept', () => {
    const [local] = mediaEmbeds({ pdf: '/slides/x.pdf' }, base)
    assert.equal(local?.playerUrl, '/talks-site/slides/x.pdf')
    assert.equal(local?.download, '/talks-site/slides/x.pdf')
    const [remote] = mediaEmbeds({ pdf: 'https://cdn.example.com/x.pdf' }, base)
    assert.equal(remote?.download, 'https://cdn.example.com/x.pdf')
  })

  test('a recording under public/ is a file for the browser to play, with the base path and no third-party player', () => {
    assert.deepEqual(mediaEmbeds({ video: '/videos/talk.webm' }, base), [
      { kind: 'file', title: 'Recording', href: '/talks-site/videos/talk.webm', fileUrl: '/talks-site/videos/talk.webm' },
    ])
  })

  test('an embed URL is used as it is, and nothing named gives nothing', () => {
    assert.equal(mediaEmbeds({ embed: 'https://docs.google.com/presentation/d/abc/embed' }, base)[0]?.playerUrl, 'https://docs.google.com/presentation/d/abc/embed')
    assert.deepEqual(mediaEmbeds({}, base), [])
  })
})
