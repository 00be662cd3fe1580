/**
 * `output: export` refuses a dynamic route whose generateStaticParams returns no params
 * (https://nextjs.org/docs/messages/generate-static-params), but a speaker may well have no
 * notes, shortlinks or attachments yet. Such a route gets one placeholder param instead; its
 * page answers notFound(), and scripts/finish-export.ts removes what it left in out/.
 */
export const EMPTY_PARAM = '__empty__'

export function staticParams<K extends string>(key: K, values: readonly string[]): Record<K, string>[] {
  const list = values.length > 0 ? values : [EMPTY_PARAM]
  return list.map((value) => ({ [key]: value }) as Record<K, string>)
}
