import { notFound } from 'next/navigation'
import { ShortlinkRedirect } from '@/components/talks/shortlink-redirect'
import { getTalkByShortlink, getTalks } from '@/lib/content'
import { pageMetadata } from '@/lib/seo'
import { withBasePath } from '@/lib/urls'
import { staticParams } from '@/lib/static-params'
import { routeParams } from '@/lib/route-params'

type Props = { params: Promise<{ shortlink: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return staticParams('shortlink', getTalks().flatMap((talk) => (talk.shortlink ? [talk.shortlink] : [])))
}

export async function generateMetadata({ params }: Props) {
  const talk = getTalkByShortlink((await routeParams(params)).shortlink)
  if (!talk) notFound()
  // The canonical URL is the talk's own, so search engines index the talk, not the shortlink.
  return pageMetadata({ title: talk.title, description: talk.description, path: talk.url, noIndex: true })
}

export default async function Shortlink({ params }: Props) {
  const talk = getTalkByShortlink((await routeParams(params)).shortlink)
  if (!talk) notFound()
  return <ShortlinkRedirect title={talk.title} href={withBasePath(talk.url)} />
}
