import { notFound } from 'next/navigation'
import { EMPTY_PARAM, outputParams } from '@/lib/build/static-params'
import { NotePage } from '@/components/notes/note-page'
import { ShortlinkRedirect } from '@/components/talks/shortlink-redirect'
import { getBacklinks, getNoteAt, getNoteRedirects, getNotes } from '@/lib/content'
import { renderBody } from '@/lib/pages/render'
import { pageMetadata } from '@/lib/seo'
import { StructuredData } from '@/components/site/structured-data'
import { structuredDataFor } from '@/lib/seo/page-json-ld'
import { routeParams } from '@/lib/build/route-params'
import { routes, withBasePath } from '@/lib/core/urls'

// A catch-all: a note's slug holds its folders where its name is shared with another note
// ("/notes/obsidian-sync/security-and-privacy/", lib/content/note-urls.ts). Its other pages send the
// reader on: an alias's /notes/<alias>/, and the /notes/ URL of a note served at its permalink.
type Props = { params: Promise<{ slug: string[] }> }

export const dynamicParams = false

const segmentsOf = (notesPath: string) => notesPath.replace(/^\/notes\/|\/$/g, '').split('/')

export function generateStaticParams() {
  const notes = getNotes().filter((note) => note.url === routes.note(note.slug))
  const outputs = [
    ...notes.map((note) => ({ params: { slug: note.slug.split('/') }, file: note.file })),
    ...[...getNoteRedirects()]
      .filter(([from]) => from.startsWith(routes.notes()))
      .map(([from, note]) => ({ params: { slug: segmentsOf(from) }, file: note.file })),
  ]
  return outputParams('/notes/[...slug]', 'page', outputs, { slug: [EMPTY_PARAM] })
}

/** The note at this path, or the note this path sends the reader to. */
async function pageOf(params: Props['params']) {
  const path = routes.note((await routeParams(params)).slug.join('/'))
  const note = getNoteAt(path)
  if (note) return { note, redirect: false }
  const target = getNoteRedirects().get(path)
  return target ? { note: target, redirect: true } : undefined
}

export async function generateMetadata({ params }: Props) {
  const found = await pageOf(params)
  if (!found) notFound()
  const { note, redirect } = found
  // A redirect's canonical URL is the note's own, so search engines index the note.
  return pageMetadata({ title: note.title, description: note.description, path: note.url, type: 'article', noIndex: redirect })
}

export default async function Note({ params }: Props) {
  const found = await pageOf(params)
  if (!found) notFound()
  const { note, redirect } = found
  if (redirect) return <ShortlinkRedirect title={note.title} href={withBasePath(note.url)} destination="the note" />
  return (
    <>
      <StructuredData items={structuredDataFor(note.url)} />
      <NotePage note={note} body={await renderBody(note)} backlinks={getBacklinks(note)} />
    </>
  )
}
