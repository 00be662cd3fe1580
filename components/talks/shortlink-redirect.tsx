export type ShortlinkRedirectProps = {
  title: string
  href: string
  /** What the page sends the reader to, as the fallback link says it. */
  destination?: string
}

/**
 * A page that sends the reader on (a talk's shortlink, a note's alias): a meta refresh sends
 * browsers on without JavaScript; the link is the fallback.
 */
export function ShortlinkRedirect({ title, href, destination = 'the talk page' }: ShortlinkRedirectProps) {
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${href}`} />
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-4">
        Taking you to <a href={href} className="text-brand-700 underline dark:text-brand-300">{destination}</a>…
      </p>
    </>
  )
}
