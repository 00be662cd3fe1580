import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { calendarFileName, eventIcs } from './calendar'
import type { SiteConfig } from '../core/site-config'

const config: SiteConfig = { url: 'https://talks.example.com', basePath: '/site', locale: 'en', themeColor: '#000', shareSlide: true }
const talk = { slug: 'elixir', title: 'Elixir in the Big and Small', description: 'Elixir at a startup, and at Discord.', url: '/talks/elixir/' }
const event = { name: 'Elixir Meetup', date: '2023-12-31', location: 'San Francisco, CA', url: 'https://www.meetup.com/x/' }

/** Unfolded content lines (RFC 5545: a line that starts with a space continues the previous one). */
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n')
const field = (ics: string, name: string) => lines(ics).find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))

describe('calendarFileName', () => {
  test('is the event’s date and slugified name', () => {
    assert.equal(calendarFileName(event), '2023-12-31-elixir-meetup.ics')
    assert.equal(calendarFileName({ name: 'Café Conf 2024!', date: '2024-01-02' }), '2024-01-02-café-conf-2024.ics')
  })
})

describe('eventIcs', () => {
  const ics = eventIcs(talk, event, config)

  test('is one VEVENT in a VCALENDAR, with CRLF line ends', () => {
    assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/)
    assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 1)
    assert.ok(ics.trimEnd().endsWith('END:VCALENDAR'))
  })

  test('spans the event’s whole day, ending on the next (across a year’s end too)', () => {
    assert.equal(field(ics, 'DTSTART'), 'DTSTART;VALUE=DATE:20231231')
    assert.equal(field(ics, 'DTEND'), 'DTEND;VALUE=DATE:20240101')
  })

  test('names the talk and the event, the place, and links back to the talk page under the base path', () => {
    assert.equal(field(ics, 'SUMMARY'), 'SUMMARY:Elixir in the Big and Small (Elixir Meetup)')
    assert.equal(field(ics, 'LOCATION'), 'LOCATION:San Francisco\\, CA')
    assert.equal(field(ics, 'URL'), 'URL:https://talks.example.com/site/talks/elixir/')
    assert.match(field(ics, 'DESCRIPTION') ?? '', /Event: https:\/\/www\.meetup\.com\/x\//)
  })

  test('is the same on every build: a stable UID, and a DTSTAMP from the event, not the clock', () => {
    assert.equal(field(ics, 'UID'), 'UID:elixir-2023-12-31-elixir-meetup@talks.example.com')
    assert.equal(field(ics, 'DTSTAMP'), 'DTSTAMP:20231231T000000Z')
    assert.equal(eventIcs(talk, event, config), ics)
  })

  test('an event without a location has no LOCATION line', () => {
    assert.equal(field(eventIcs(talk, { name: 'Podcast', date: '2024-02-29' }, config), 'LOCATION'), undefined)
  })
})
