import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** The rules every accessibility check of the suite holds a page to: WCAG 2.1, levels A and AA. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * axe-core's WCAG 2.1 A/AA violations on the page as it is now (its scheme and width), one line
 * each, headed by `where` ("/talks/x/ (dark, mobile)"): the rule, its impact and help, and the
 * first elements it found. Empty when the page passes.
 */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  return violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)
}
