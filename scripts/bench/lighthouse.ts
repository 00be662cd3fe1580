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
  /** First and Largest Contentful Paint, Total Blocking Time, Speed Index: milliseconds. */
  fcp: number
  lcp: number
  tbt: number
  si: number
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * Lighthouse's four category scores (0-100), CLS and the paint and blocking times for each page,
 * mobile and desktop: the median of `runs` runs, since one run on a busy machine says little.
 */
export async function runLighthouse(baseUrl: string, paths: string[], runs = 3): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] })
  const results: LighthouseScores[] = []
  try {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      for (const path of paths) {
        const samples: LighthouseScores[] = []
        for (let run = 0; run < runs; run++) {
          const result = await lighthouse(
            `${baseUrl}${path}`,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
            formFactor === 'desktop' ? desktopConfig : undefined,
          )
          if (!result) throw new Error(`Lighthouse returned nothing for ${path}`)
          const { categories, audits } = result.lhr
          const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
          const ms = (id: string) => Math.round(audits[id]?.numericValue ?? 0)
          samples.push({
            path,
            formFactor,
            performance: score('performance'),
            accessibility: score('accessibility'),
            bestPractices: score('best-practices'),
            seo: score('seo'),
            cls: Number(audits['cumulative-layout-shift']?.numericValue ?? 0),
            fcp: ms('first-contentful-paint'),
            lcp: ms('largest-contentful-paint'),
            tbt: ms('total-blocking-time'),
            si: ms('speed-index'),
          })
        }
        const of = (key: Exclude<keyof LighthouseScores, 'path' | 'formFactor'>) => median(samples.map((s) => s[key]))
        results.push({
          path,
          formFactor,
          performance: of('performance'),
          accessibility: of('accessibility'),
          bestPractices: of('bestPractices'),
          seo: of('seo'),
          cls: of('cls'),
          fcp: of('fcp'),
          lcp: of('lcp'),
          tbt: of('tbt'),
          si: of('si'),
        })
      }
    }
  } finally {
    await chrome.kill()
  }
  return results
}
