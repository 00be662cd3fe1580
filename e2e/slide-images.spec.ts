import { expect, test, type Locator } from '@playwright/test'
import { BASE_PATH } from './support/fixture-builds'
import { useSharedBasePathBuild } from './support/shared-build'

// A visitor flips through a talk's slides and sees their images, whether the speaker embedded
// them Obsidian's way (![[x.svg]]), from public/ (![](/images/x.svg)) or next to the content
// (![](../notes/attachments/x.svg), ![](x.svg)), at the site's root and under a base path. Each
// image keeps its box (width and height), and only the first slide's load before they are shown.

const TALK_URL = '/talks/elixir-in-the-big-and-small/'
// e2e/fixtures/site/content/talks/slide-images.md, in the base-path build only.
const FIXTURE_URL = '/talks/slide-images/'

/** The image has arrived and decoded: a broken or missing image has no natural width. */
async function expectLoaded(image: Locator) {
  await expect(image).toBeVisible()
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBeGreaterThan(0)
}

test('slide 6’s diagram (![[two-companies.svg]]) loads when its slide is shown, in a box of its own size, lazily', async ({ page }) => {
  await page.goto(`${TALK_URL}#slide-6`)
  const image = page.locator('#slide-6').getByRole('img', { name: 'two-companies' })
  await expectLoaded(image)
  await expect(image).toHaveAttribute('src', '/attachments/two-companies.svg')
  await expect(image).toHaveAttribute('width', '800')
  await expect(image).toHaveAttribute('height', '360')
  await expect(image).toHaveAttribute('loading', 'lazy')
  await expect(image).toHaveAttribute('decoding', 'async')
})

test.describe('in a build with a base path', () => {
  const { url } = useSharedBasePathBuild()

  test('slide 6’s diagram loads from under the base path', async ({ page }) => {
    await page.goto(`${url(TALK_URL)}#slide-6`)
    const image = page.locator('#slide-6').getByRole('img', { name: 'two-companies' })
    await expectLoaded(image)
    await expect(image).toHaveAttribute('src', `${BASE_PATH}/attachments/two-companies.svg`)
  })

  test('an image from public/ on the first slide loads at once, with the base path and its size', async ({ page }) => {
    await page.goto(url(FIXTURE_URL))
    const image = page.locator('#slide-1').getByRole('img', { name: 'The speaker' })
    await expectLoaded(image)
    await expect(image).toHaveAttribute('src', `${BASE_PATH}/images/avatar.svg`)
    await expect(image).toHaveAttribute('width', '256')
    await expect(image).toHaveAttribute('height', '256')
    await expect(image).not.toHaveAttribute('loading', /.*/)
  })

  test('images next to the content, by relative path or by name alone, are published and load on their slides', async ({ page }) => {
    for (const [slide, name] of [
      [2, 'Two companies'],
      [3, 'Two companies again'],
    ] as const) {
      await page.goto(`${url(FIXTURE_URL)}#slide-${slide}`)
      const image = page.locator(`#slide-${slide}`).getByRole('img', { name, exact: true })
      await expectLoaded(image)
      await expect(image).toHaveAttribute('src', `${BASE_PATH}/attachments/two-companies.svg`)
      await expect(image).toHaveAttribute('width', '800')
      await expect(image).toHaveAttribute('loading', 'lazy')
    }
  })
})
