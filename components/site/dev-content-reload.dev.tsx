'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'

export type DevContentReloadProps = {
  /** The content version this page was rendered from (lib/content/source/watch.ts). */
  version: number
  /** The events route, base path included. */
  eventsUrl: string
}

type Status = { version: number; messages: string[] }

/**
 * `npm run dev` only (next.config.mjs resolves ./dev-content-reload to this file in dev alone, and
 * app/layout.tsx renders it in development alone): listens to
 * app/dev-content-events/route.dev.ts and refreshes the page in place when the content changes,
 * rather than waiting on Turbopack to notice contentlayer's output (contentlayer2 issues #36, #82).
 * While the content has problems it shows them, in the build's own words, over the last good page.
 * The same pattern as https://github.com/gaearon/overreacted.io/pull/797.
 */
export function DevContentReload({ version, eventsUrl }: DevContentReloadProps) {
  const router = useRouter()
  const rendered = useRef(version)
  const [messages, setMessages] = useState<string[]>([])
  const [lost, setLost] = useState(false)

  useEffect(() => {
    rendered.current = version
  }, [version])

  useEffect(() => {
    const events = new EventSource(eventsUrl)
    events.onopen = () => setLost(false)
    events.onerror = () => setLost(true)
    events.onmessage = (event: MessageEvent<string>) => {
      const status = JSON.parse(event.data) as Status
      setMessages(status.messages)
      if (status.version !== rendered.current) {
        rendered.current = status.version
        router.refresh()
      }
    }
    return () => events.close()
  }, [eventsUrl, router])

  if (!messages.length && !lost) return null
  return (
    <div
      role="alert"
      aria-label="Content problems"
      className="fixed inset-x-0 bottom-0 z-50 max-h-[50vh] overflow-auto border-t-4 border-red-600 bg-red-50 px-4 py-3 font-mono text-sm text-red-950 shadow-lg dark:bg-red-950 dark:text-red-50"
    >
      {messages.length ? (
        <>
          <p className="font-sans font-semibold">
            Content has {messages.length} {messages.length === 1 ? 'problem' : 'problems'}; the build would stop here. The page shows the last good
            content until you save a fix.
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="font-sans">Lost the connection to npm run dev: edits will show once it is back (or reload the page).</p>
      )}
    </div>
  )
}
