import { expect, type Page } from '@playwright/test'

/**
 * Waits until the page's scripts have run: the header's Search button shows once React has
 * hydrated the page; the embedded deck (/talks/x/embed/) has no header, so there the slide
 * viewer's script marks it ready.
 */
export async function expectHydrated(page: Page, url: string) {
  if (/\/embed\/$/.test(url)) await expect(page.getByRole('region', { name: 'Slide viewer' }).locator('[data-ready]'), url).toHaveCount(1)
  else await expect(page.getByRole('banner').getByRole('button', { name: 'Search' }), url).toBeVisible()
}
