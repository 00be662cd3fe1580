import { notFound } from 'next/navigation'
import { EMPTY_PARAM, outputParams } from '@/lib/build/static-params'
import { NotePage } from '@/components/notes/note-page'
import { ShortlinkRedirect } from '@/components/talks/shortlink-redirect'
import { StructuredData } from '@/components/site/structured-data'
import { getBacklinks, getNoteAt, getNotes, getTalkByShortlink, getTalks } from '@/lib/content'
import { structuredDataFor } from '@/lib/seo/page-json-ld'
import { renderBody } from '@/lib/pages/render'
import { pageMetadata } from '@/lib/seo'
import { withBasePath } from '@/lib/core/urls'
import { hasDeck } from '@/lib/core/model'
import { routeParams } from '@/lib/build/route-params'

// The site root's own paths, beside app/'s folders (lib/core/reserved-paths.ts keeps them apart):
// a talk's shortlink (/elixir/, which sends the reader to the talk) and a note's Obsidian Publish
// permalink (/en/callouts/, the note's page; lib/content/note-urls.ts).
type Props = { params: Promise<{ path: string[] }> }

export const dynamicParams = false

const segmentsOf = (url: string) => url.replace(/^\/|\/$/g, '').split('/')

export function generateStaticParams() {
  const outputs = [
    ...getTalks().flatMap((talk) => (talk.shortlink ? [{ params: { path: [talk.shortlink] }, file: talk.file }] : [])),
    ...getNotes()
      .filter((note) => note.permalink !== undefined && !note.url.startsWith('/notes/'))
      .map((note) => ({ params: { path: segmentsOf(note.url) }, file: note.file })),
  ]
  return outputParams('/[...path]', 'page', outputs, { path: [EMPTY_PARAM] })
}

async function pageOf(params: Props['params']) {
  const segments = (await routeParams(params)).path
  const talk = segments.length === 1 ? getTalkByShortlink(segments[0] ?? '') : undefined
  if (talk) return { talk }
  const note = getNoteAt(`/${segments.join('/')}/`)
  return note ? { note } : undefined
}

export async function generateMetadata({ params }: Props) {
  const found = await pageOf(params)
  if (!found) notFound()
  // A shortlink's canonical URL is the talk's own, so search engines index the talk, not the shortlink.
  // Its oEmbed file is announced too: the shortlink is the URL on the QR slide, the one people paste.
  const { talk } = found
  if (talk) return pageMetadata({ title: talk.title, description: talk.description, path: talk.url, noIndex: true, ...(hasDeck(talk) ? { oembedOf: talk } : {}) })
  const { note } = found
  return pageMetadata({ title: note.title, description: note.description, path: note.url, type: 'article' })
}

export default async function RootPath({ params }: Props) {
  const found = await pageOf(params)
  if (!found) notFound()
  if (found.talk) return <ShortlinkRedirect title={found.talk.title} href={withBasePath(found.talk.url)} />
  const { note } = found
  return (
    <>
      <StructuredData items={structuredDataFor(note.url)} />
      <NotePage note={note} body={await renderBody(note)} backlinks={getBacklinks(note)} />
    </>
  )
}
