/**
 * The clients' own parsers, as the specs use them on any site's files: the Atom feed against RFC
 * 4287's RELAX NG schema, the sitemap against sitemaps.org's XSD (both in e2e/support/schemas/),
 * and a link-preview reader (open-graph-scraper) on a page's HTML.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ogs from 'open-graph-scraper'
import { validateXML } from 'xmllint-wasm'

const SCHEMAS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schemas')
const schema = (file: string) => [{ fileName: file, contents: readFileSync(path.join(SCHEMAS, file), 'utf8') }]

/** The schema's complaints about an Atom feed: none when it is valid. */
export async function atomErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'atom.xml', contents: xml }], schema: schema('atom.rng'), extension: 'relaxng' })
  return result.valid ? [] : result.errors.map((error) => error.rawMessage)
}

/** The schema's complaints about a sitemap: none when it is valid. */
export async function sitemapErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'sitemap.xml', contents: xml }], schema: schema('sitemap.xsd') })
  return result.valid ? [] : result.errors.map((error) => error.rawMessage)
}

/** What a link-preview reader makes of a page, with the fediverse author line read too. */
export async function previewCard(html: string) {
  const { error, result } = await ogs({ html, customMetaTags: [{ multiple: false, property: 'fediverse:creator', fieldName: 'fediverseCreator' }] })
  return { error, card: result }
}
