import { newestFirst } from '../core/order'
import type { PageRef } from '../core/model'

/**
 * How many pages a feed lists: the newest 50. Feed readers poll a feed for what is new, and keep
 * what they have already fetched, so older entries only make every poll heavier; a feed of every
 * page grows with the site. The sitemap and the lists still
 * have every page.
 */
export const FEED_ENTRIES = 50

/** The pages a feed lists: newest first, as every list is (lib/core/order.ts), at most `limit`. */
export function feedItems<Page extends PageRef>(pages: readonly Page[], limit = FEED_ENTRIES): Page[] {
  return [...pages]
    .sort(newestFirst)
    .slice(0, limit)
}
