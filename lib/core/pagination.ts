/** Entries per list page: keeps the largest list page within its weight budget (npm run bench). */
const PAGE_SIZE = 30

export type Paged<T> = {
  items: T[]
  /** 1-based. */
  page: number
  pageCount: number
}

/** One page of a list; undefined for a page number that does not exist. */
export function paginate<T>(items: readonly T[], page: number, size = PAGE_SIZE): Paged<T> | undefined {
  const pageCount = Math.max(1, Math.ceil(items.length / size))
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined
  return { items: items.slice((page - 1) * size, page * size), page, pageCount }
}

/** The page numbers after the first, as route params: the first page is the list's own URL. */
export function laterPages(count: number, size = PAGE_SIZE): string[] {
  return Array.from({ length: Math.max(0, Math.ceil(count / size) - 1) }, (_, i) => String(i + 2))
}

/** "/notes/" for page 1, "/notes/page/2/" after. */
export function pagedPath(listPath: string, page: number): string {
  return page <= 1 ? listPath : `${listPath}page/${page}/`
}
