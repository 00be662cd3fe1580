import { notFound } from 'next/navigation'
import { outputParams } from '@/lib/output-plan'
import { ShortlinkRedirect } from '@/components/talks/shortlink-redirect'
import { getTalkByShortlink, getTalks } from '@/lib/content'
import { pageMetadata } from '@/lib/seo'
import { withBasePath } from '@/lib/urls'
import { EMPTY_PARAM } from '@/lib/static-params'
import { routeParams } from '@/lib/route-params'

type Props = { params: Promise<{ shortlink: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  const outputs = getTalks().flatMap((talk) => (talk.shortlink ? [{ params: { shortlink: talk.shortlink } }] : []))
  return outputParams('/[shortlink]', 'page', outputs, { shortlink: EMPTY_PARAM })
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
