import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './support/axe'
import { OUT, readContentFile } from './support/content'
import { findLeaks, readExport } from './support/leaks'

// A speaker's vault written in Obsidian's own syntax (help.obsidian.md: callouts, highlights,
// comments, block ids, transclusion) reads on the site as it does in Obsidian. The fixture notes
// are in e2e/fixtures/site/content/notes/Obsidian syntax/.

const CALLOUTS = '/notes/callouts-showcase/'
const TEXT = '/notes/highlights-and-comments/'
const BLOCKS = '/notes/block-links-and-transclusion/'
const SOURCE = '/notes/transclusion-source/'
const FOLDER = 'notes/Obsidian syntax'
const COMMENTS = ['owl-comment-7431', 'owl-comment-block-9925', 'owl-comment-source-5521']

const exactly = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`)
/** The callout with this title (the callouts inside it have titles of their own). */
const callout = (page: Page, title: string) =>
  page.locator('.callout').filter({ has: page.locator(':scope > .callout-title', { hasText: exactly(title) }) })

test('a foldable callout starts closed without JavaScript, and opens and closes from its title', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(CALLOUTS)
  const faq = callout(page, 'Are callouts foldable?')
  const answer = faq.getByText('In a foldable callout, the contents are hidden')
  await expect(faq).toBeVisible()
  await expect(answer).toBeHidden()
  await faq.locator('summary').click()
  await expect(answer).toBeVisible()
  await faq.locator('summary').click()
  await expect(answer).toBeHidden()
  // `+`: open until folded.
  const open = callout(page, 'Open until folded')
  await expect(open.getByText('A plus sign expands the callout by default.')).toBeVisible()
  await open.locator('summary').click()
  await expect(open.getByText('A plus sign expands the callout by default.')).toBeHidden()
  await context.close()
})

test('callouts show their title, icon and type, nest, and keep code as written', async ({ page }) => {
  await page.goto(CALLOUTS)
  const info = callout(page, "Here's a callout title")
  await expect(info).toHaveClass(/callout-info/)
  await expect(info.locator('.callout-icon svg')).toBeVisible()
  await expect(info.locator('.callout-icon')).toHaveAttribute('aria-hidden', 'true')
  await expect(info.getByRole('link', { name: 'Wikilinks' })).toHaveAttribute('href', SOURCE)
  await expect(info.getByRole('listitem')).toHaveCount(2)
  await expect(page.getByText('[!info]')).toHaveCount(0)
  // No title: the type, in title case. Unknown types look like a note and keep their name.
  await expect(callout(page, 'Tldr')).toHaveClass(/callout-abstract/)
  await expect(callout(page, 'Faq').first()).toHaveClass(/callout-question/)
  await expect(callout(page, 'An unknown type')).toHaveClass(/callout-note/)
  const nested = callout(page, 'Can callouts be nested?')
  const todo = nested.locator('.callout-todo')
  await expect(todo).toContainText('Yes!, they can.')
  await expect(todo.locator('.callout-example')).toContainText('You can even use multiple layers of nesting.')
  await expect(callout(page, 'Code inside a callout').locator('pre')).toHaveText(
    '> [!tip] shown as written, ==not marked==, %% not a comment %% ^not-an-id',
  )
})

for (const scheme of ['light', 'dark'] as const) {
  test(`callouts are accessible and coloured by type (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto(CALLOUTS)
    expect(await axeViolations(page, `${CALLOUTS} (${scheme})`)).toEqual([])
    const colour = (title: string) => callout(page, title).first().evaluate((node) => getComputedStyle(node).borderLeftColor)
    expect(await colour('Bug')).not.toBe(await colour('Success'))
    expect(await colour('Hint')).toBe(await colour('Tip'))
    await page.screenshot({ path: test.info().outputPath(`callouts-${scheme}.png`), fullPage: true })
  })
}

test('highlights are marked, strikethrough struck, and code shown as written', async ({ page }) => {
  await page.goto(TEXT)
  const body = page.locator('.prose')
  await expect(body.locator('mark').first()).toHaveText('Highlighted text')
  await expect(body.locator('strong mark')).toHaveText('bold and highlighted')
  await expect(body.locator('del')).toHaveText('Striked out text')
  await expect(body.locator('code', { hasText: '%%not a comment%%' })).toBeVisible()
  await expect(body.locator('code', { hasText: '==not highlighted==' })).toBeVisible()
  await expect(body.locator('code', { hasText: '^not-an-id' })).toBeVisible()
  await expect(body.locator('pre')).toContainText('%% kept inside code %%\n==kept inside code==\n> [!tip] kept inside code\n![[Transclusion source]] ^kept-id')
})

test('a comment is shown nowhere: not on its page, and in no file of the export', async ({ page }) => {
  const written = [readContentFile(`${FOLDER}/Highlights and comments.md`).body, readContentFile(`${FOLDER}/Transclusion source.md`).body].join('\n')
  for (const secret of COMMENTS) expect(written, 'the fixture holds the comment').toContain(secret)
  await page.goto(TEXT)
  await expect(page.getByText('This is an comment.')).toBeVisible()
  await expect(page.getByText('The paragraph after the comment is shown.')).toBeVisible()
  // The link inside the comment is no link: not on the page, not a backlink of its target.
  await expect(page.getByRole('link', { name: 'Callouts showcase' })).toHaveCount(0)
  await page.goto(CALLOUTS)
  await expect(page.getByRole('region', { name: 'Linked from' }).getByRole('link', { name: 'Highlights and comments' })).toHaveCount(0)
  // Guards the search below: a published line of the same note is found in the export.
  expect(readExport(OUT).some((file) => file.variants.some((v) => v.includes('the paragraph after the comment is shown.')))).toBe(true)
  expect(findLeaks(OUT, COMMENTS.map((text) => ({ text, from: 'an Obsidian %%comment%%' })))).toEqual([])
})

test('a transclusion shows the heading and its section, and only it, with a link to its source', async ({ page }) => {
  await page.goto(BLOCKS)
  const section = page.locator('.transclusion').filter({ has: page.getByRole('link', { name: 'Transclusion source > Section to embed' }) })
  await expect(section.getByRole('link', { name: 'Transclusion source > Section to embed' })).toHaveAttribute('href', `${SOURCE}#section-to-embed`)
  const content = section.locator('.transclusion-content')
  await expect(content.getByRole('heading', { name: 'Section to embed' })).toBeVisible()
  await expect(content).toContainText("The section's own text.")
  await expect(content).toContainText('Still inside the embedded section.')
  await expect(content).not.toContainText('Not part of the embedded section.')
  await expect(content).not.toContainText('The opening of the source note')
  const block = page.locator('.transclusion').filter({ has: page.getByRole('link', { name: 'Transclusion source > ^source-block' }) })
  await expect(block.locator('.transclusion-content')).toHaveText('A block worth quoting from the source.')
  const missing = page.locator('.transclusion').filter({ has: page.locator('.transclusion-missing') })
  await expect(missing.locator('.transclusion-missing')).toHaveText('Heading “No such heading” not found in “Transclusion source”.')
  await expect(missing.getByRole('link', { name: 'Transclusion source > No such heading' })).toHaveAttribute('href', SOURCE)
  // A private note is never transcluded; an embed cycle stops.
  await expect(page.getByText('Private embed text')).toHaveCount(0)
  await expect(page.getByText('Cycle one says hello.', { exact: true })).toHaveCount(1)
  await expect(page.getByText('Cycle two says hello.', { exact: true })).toHaveCount(1)
})

test('a block link lands on its block, on the same page and on another', async ({ page }) => {
  await page.goto(BLOCKS)
  const far = page.getByText('A paragraph far down the page.')
  await expect(far).not.toBeInViewport()
  await page.getByRole('link', { name: 'the block far below' }).click()
  await expect(far).toBeInViewport()
  await expect(page.locator(':target')).toHaveText('A paragraph far down the page.')
  await expect(page.getByText('^far-block')).toHaveCount(0)

  await page.getByRole('link', { name: "the source's block" }).click()
  await expect(page).toHaveURL(new RegExp(`${SOURCE}#(\\^|%5E)source-block$`))
  await expect(page.locator(':target')).toHaveText('A block worth quoting from the source.')
  await expect(page.locator(':target')).toBeInViewport()
})
