import type { Page, PageRef } from './view-model'

/** What a list, a backlink or a tag page keeps of a page: never its body. */
export function toRef(page: Page): PageRef {
  return { kind: page.kind, slug: page.slug, url: page.url, title: page.title, description: page.description, date: page.date, tags: page.tags }
}
