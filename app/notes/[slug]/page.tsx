import { notFound } from 'next/navigation'
import { outputParams } from '@/lib/output-plan'
import { NotePage } from '@/components/notes/note-page'
import { getBacklinks, getNote, getNotes } from '@/lib/content'
import { renderBody } from '@/lib/render'
import { pageMetadata } from '@/lib/seo'
import { EMPTY_PARAM } from '@/lib/static-params'
import { StructuredData } from '@/components/site/structured-data'
import { structuredDataFor } from '@/lib/page-structured-data'
import { routeParams } from '@/lib/route-params'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  const outputs = getNotes().map((note) => ({ params: { slug: note.slug }, file: note.file }))
  return outputParams('/notes/[slug]', 'page', outputs, { slug: EMPTY_PARAM })
}

export async function generateMetadata({ params }: Props) {
  const note = getNote((await routeParams(params)).slug)
  if (!note) notFound()
  return pageMetadata({ title: note.title, description: note.description, path: note.url, type: 'article' })
}

export default async function Note({ params }: Props) {
  const note = getNote((await routeParams(params)).slug)
  if (!note) notFound()
  return (
    <>
      <StructuredData items={structuredDataFor(note.url)} />
      <NotePage note={note} body={await renderBody(note)} backlinks={getBacklinks(note)} />
    </>
  )
}
