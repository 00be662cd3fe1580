export type ShortlinkRedirectProps = { title: string; href: string }

/** A shortlink page: a meta refresh sends browsers on without JavaScript; the link is the fallback. */
export function ShortlinkRedirect({ title, href }: ShortlinkRedirectProps) {
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${href}`} />
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-4">
        Taking you to <a href={href} className="text-brand-700 underline dark:text-brand-300">the talk page</a>…
      </p>
    </>
  )
}
