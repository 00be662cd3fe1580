/**
 * Records Content-Security-Policy violations in a page: `securitypolicyviolation` events (from an
 * init script, so none is missed before the page's own scripts run) and the browser's CSP console
 * errors. Used by e2e/csp.spec.ts and e2e/hostile-content.spec.ts.
 */
import type { Page } from '@playwright/test'

export type CspViolation = { directive: string; blocked: string; source: string }

declare global {
  interface Window {
    __cspViolations?: CspViolation[]
  }
}

export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) consoleErrors.push(`console: ${message.text()}`)
  })
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push({ directive: event.effectiveDirective, blocked: event.blockedURI, source: `${event.sourceFile}:${event.lineNumber}` })
    })
  })
  return async () => {
    const events = await page.evaluate(() => window.__cspViolations ?? [])
    return [...events.map((v) => `${v.directive} blocked ${v.blocked || '(inline)'} at ${v.source}`), ...consoleErrors]
  }
}
