import { expect, test, type Locator, type Page } from '@playwright/test'
import { BASE_PATH } from './support/fixture-builds'
import { useSharedBasePathBuild } from './support/shared-build'

// A visitor on a phone opens a talk whose slide shows a large photo (2400 px wide, pasted from
// Obsidian): the browser takes a small copy rather than the original, in the original's box, and
// every copy the srcset offers is a file of the export under the base path, at its width.

// e2e/fixtures/site/content/talks/slide-images.md, slide 4, in the base-path build only.
const FIXTURE_URL = '/talks/slide-images/#slide-4'
const PHOTO = `${BASE_PATH}/attachments/large-photo.png`

const { site, url } = useSharedBasePathBuild()

/** The photo on its slide, once it has arrived and decoded (a broken image has no natural width). */
async function loadedPhoto(page: Page): Promise<Locator> {
  await page.goto(url(FIXTURE_URL))
  const image = page.locator('#slide-4').getByRole('img', { name: 'A large photo' })
  await expect(image).toBeVisible()
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBeGreaterThan(0)
  return image
}

/** A PNG's width, from its header. */
const pngWidth = (body: Buffer) => body.readUInt32BE(16)

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 })

  test('a large photo loads as its 640 px copy, in the box of the original', async ({ page }) => {
    const image = await loadedPhoto(page)
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname)).toBe(`${BASE_PATH}/attachments/large-photo.640w.png`)
    await expect(image).toHaveAttribute('src', PHOTO)
    await expect(image).toHaveAttribute('width', '2400')
    await expect(image).toHaveAttribute('height', '1350')
  })

  test('every image the srcset offers is served under the base path, at the width it claims', async ({ page, request }) => {
    const image = await loadedPhoto(page)
    const srcset = (await image.getAttribute('srcset')) ?? ''
    const candidates = srcset.split(',').map((entry) => entry.trim().split(/\s+/))
    expect(candidates.map(([path, width]) => `${path} ${width}`)).toEqual([
      `${BASE_PATH}/attachments/large-photo.640w.png 640w`,
      `${BASE_PATH}/attachments/large-photo.1280w.png 1280w`,
      `${BASE_PATH}/attachments/large-photo.1920w.png 1920w`,
      `${PHOTO} 2400w`,
    ])
    for (const [path = '', width = ''] of candidates) {
      const response = await request.get(new URL(path, site().baseUrl).href)
      expect(response.status(), path).toBe(200)
      expect(response.headers()['content-type']).toContain('image/png')
      expect(pngWidth(await response.body()), path).toBe(Number.parseInt(width, 10))
    }
  })
})

test.describe('on a laptop', () => {
  test.use({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 })

  test('the same photo loads as its 1280 px copy, the first wider than the main column', async ({ page }) => {
    const image = await loadedPhoto(page)
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname)).toBe(`${BASE_PATH}/attachments/large-photo.1280w.png`)
  })
})
