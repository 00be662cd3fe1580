/**
 * `npm run dev` only (a route because next.config.mjs adds the .dev.ts extension in dev; the
 * export has no such route, though Next still lists the folder's name among the app's static
 * segments in the shortlink page's route tree): a stream of server-sent events, one when a page connects and one after
 * each change of the content, saying which version of the content is current and what is wrong
 * with it. components/site/dev-content-reload.tsx listens and refreshes the page.
 */
import { devContentStatus, type DevContentStatus, getContentReport, subscribeDevContent } from '@/lib/content'

// A static export allows only static route handlers; in dev this one runs on each request anyway.
export const dynamic = 'force-static'

export function GET(request: Request): Response {
  // Builds the site once if no page has yet, so the first status knows the problems.
  try {
    getContentReport()
  } catch {
    // Problems with no good site yet: devContentStatus() has them.
  }
  const encoder = new TextEncoder()
  let close = () => {}
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (status: DevContentStatus) => {
        try {
          controller.enqueue(encoder.encode(`data: ${JSON.stringify(status)}\n\n`))
        } catch {
          close()
        }
      }
      send(devContentStatus())
      const unsubscribe = subscribeDevContent(send)
      // Comments keep the connection open through proxies and tell a closed one.
      const keepAlive = setInterval(() => send(devContentStatus()), 15_000)
      close = () => {
        unsubscribe()
        clearInterval(keepAlive)
      }
      request.signal.addEventListener('abort', close)
    },
    cancel() {
      close()
    },
  })
  // no-transform: else the dev server's gzip holds small events back until its buffer fills.
  return new Response(stream, { headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store, no-transform' } })
}
