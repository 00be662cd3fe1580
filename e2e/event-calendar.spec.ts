import { expect, test, type Page } from '@playwright/test'
import { readContentFile } from './support/content'

// An attendee looks up when the talk is given next and adds it to their calendar. Whether an event
// is upcoming or past is true on the day they look, not on the day the site was built: the clock
// is faked to days before and after the sample talk's Elixir Meetup.

const TALK_FILE = 'talks/elixir-in-the-big-and-small.md'
const TALK_URL = '/talks/elixir-in-the-big-and-small/'
const talk = readContentFile(TALK_FILE)
const meetup = (talk.data.events as { name: string; date: string; location: string }[]).find((event) => event.name === 'Elixir Meetup')
if (!meetup) throw new Error(`no Elixir Meetup event in content/${TALK_FILE}`)
const DAY = meetup.date
const ICS_URL = `${TALK_URL}calendar/${DAY}-elixir-meetup.ics`

/** A local time on `day` plus `days`: the browser's clock on that day. */
const dayFrom = (day: string, days: number) => {
  const date = new Date(`${day}T12:00:00`)
  date.setDate(date.getDate() + days)
  return date
}

const eventItem = (page: Page) =>
  page.getByRole('region', { name: 'Where it was given' }).getByRole('listitem').filter({ hasText: meetup.name })

/** Unfolded iCalendar content lines (RFC 5545). */
const icsLines = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n')

test('a week before the meetup it is labelled Upcoming, with an “Add to calendar” link to its .ics file', async ({ page }) => {
  await page.clock.setFixedTime(dayFrom(DAY, -7))
  await page.goto(TALK_URL)
  const item = eventItem(page)
  await expect(item.getByText('Upcoming', { exact: true })).toBeVisible()
  await expect(item.getByText('Past', { exact: true })).toHaveCount(0)
  const link = item.getByRole('link', { name: 'Add to calendar', exact: true })
  await expect(link).toHaveAttribute('href', ICS_URL)

  const downloading = page.waitForEvent('download')
  await link.click()
  expect((await downloading).suggestedFilename()).toBe(`${DAY}-elixir-meetup.ics`)
})

test('on the meetup’s own day it is still Upcoming', async ({ page }) => {
  await page.clock.setFixedTime(dayFrom(DAY, 0))
  await page.goto(TALK_URL)
  await expect(eventItem(page).getByText('Upcoming', { exact: true })).toBeVisible()
})

test('the day after the meetup it is labelled Past, with no calendar link', async ({ page }) => {
  await page.clock.setFixedTime(dayFrom(DAY, 1))
  await page.goto(TALK_URL)
  const item = eventItem(page)
  await expect(item.getByText('Past', { exact: true })).toBeVisible()
  await expect(item.getByText('Upcoming', { exact: true })).toHaveCount(0)
  await expect(item.getByRole('link', { name: /Add to calendar/ })).toHaveCount(0)
})

test('the .ics file is an all-day event on the meetup’s day, naming the talk and the event, with a link back to the talk', async ({ request }) => {
  const response = await request.get(ICS_URL)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('text/calendar')
  const lines = icsLines(await response.text())
  expect(lines[0]).toBe('BEGIN:VCALENDAR')
  expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1)
  expect(lines).toContain(`DTSTART;VALUE=DATE:${DAY.replaceAll('-', '')}`)
  expect(lines).toContain(`SUMMARY:${talk.title} (${meetup.name})`)
  expect(lines).toContain(`LOCATION:${meetup.location.replaceAll(',', '\\,')}`)
  const url = lines.find((line) => line.startsWith('URL:'))?.slice('URL:'.length) ?? ''
  expect(new URL(url).pathname).toBe(TALK_URL)
})

test('the label’s room is kept before it appears: the event’s box is as tall without JavaScript as with the label', async ({ browser }) => {
  const eventHeight = async (javaScriptEnabled: boolean) => {
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    if (javaScriptEnabled) await page.clock.setFixedTime(dayFrom(DAY, -7))
    await page.goto(TALK_URL)
    if (javaScriptEnabled) await expect(eventItem(page).getByText('Upcoming', { exact: true })).toBeVisible()
    const height = await eventItem(page).evaluate((item) => item.getBoundingClientRect().height)
    await context.close()
    return height
  }
  expect(await eventHeight(true)).toBe(await eventHeight(false))
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the event shows its date and place but claims neither Upcoming nor Past, and offers no calendar link', async ({ page }) => {
    await page.goto(TALK_URL)
    const item = eventItem(page)
    await expect(item).toContainText(meetup.location)
    await expect(item.getByText(/^(Upcoming|Past)$/)).toHaveCount(0)
    await expect(item.getByRole('link', { name: /Add to calendar/ })).toHaveCount(0)
  })
})
