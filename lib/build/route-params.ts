/**
 * The params of a dynamic route, as generateStaticParams returned them.
 *
 * Next 16 renders a static export's page with its params percent-encoded when they hold letters
 * outside ASCII ("заметки-о-go" arrives as "%D0%B7..."), so a lookup by slug finds nothing and the
 * page is exported as the framework's error shell (vercel/next.js#92192, fix pending in #92194).
 * Every route reads its params through here, so the rule is decided once; a value that is not
 * percent-encoded (once Next hands them over decoded) passes through unchanged.
 */
export function decodeParam(value: string): string {
  if (!value.includes('%')) return value
  try {
    return decodeURIComponent(value)
  } catch {
    return value // a lone "%" that is part of the value itself
  }
}

type Params = Record<string, string | string[]>

export async function routeParams<T extends Params>(params: Promise<T>): Promise<T> {
  const raw = await params
  return Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value.map(decodeParam) : decodeParam(value)]),
  ) as T
}
