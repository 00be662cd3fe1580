import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { chromiumPath, CHROMIUM_FLAGS } from './chromium'

export type LighthouseScores = {
  path: string
  formFactor: 'mobile' | 'desktop'
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  cls: number
}

/** Lighthouse's four category scores (0-100) and CLS for each page, mobile and desktop. */
export async function runLighthouse(baseUrl: string, paths: string[]): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] })
  const results: LighthouseScores[] = []
  try {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      for (const path of paths) {
        const result = await lighthouse(
          `${baseUrl}${path}`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
          formFactor === 'desktop' ? desktopConfig : undefined,
        )
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`)
        const { categories, audits } = result.lhr
        const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
        results.push({
          path,
          formFactor,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          cls: Number(audits['cumulative-layout-shift']?.numericValue ?? 0),
        })
      }
    }
  } finally {
    await chrome.kill()
  }
  return results
}
