/**
 * Keeps a build worker's memory near what it holds. Left alone, V8 lets the heap of a
 * process that renders page after page grow towards its limit (a quarter of the machine's memory)
 * before it collects: each of Next's two page workers reached 1.1-1.3 GB on the benchmark's
 * 1,000-file corpus, though the site they read is a few MB. Next removes --max-old-space-size from
 * its workers' options, so the layout and the preview route call releaseMemory() once per output:
 * when the heap holds more than a budget above what the last collection kept, it collects.
 *
 * The budget is small because the garbage holds more than its own size: a page's rendering leaves
 * buffers in malloc's heap, outside V8's, that go back only when their objects are collected, and
 * that heap does not shrink once grown. On the 1,000-file corpus (8,722 outputs), with a budget of
 * 256 MB a worker peaked at 0.9-1.2 GB, malloc's heap 0.6-0.9 GB of it; with 64 MB at 0.56 GB
 * (0.23 GB), page generation 3.2 min against 2.9; with 32 MB at 0.40 GB (0.09 GB), 3.7 min.
 * Since pages stopped listing the whole site each (lib/content/index.ts, perSite) they leave less
 * garbage, and 128 MB is the default: at 3,000 files of that corpus the build peaked at
 * 1,692 MB, as with 64 MB (1,696), and on 2,000 notes of the peer corpus page generation took
 * 69 s against 73-74 s, for a peak of 1,323 MB against 1,212-1,229.
 * Nothing happens outside `next build`'s workers (not in `npm run dev`, not in scripts).
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** Garbage a worker may hold before it collects, in MB: BUILD_WORKER_HEAP_MB, default 128. */
const budget = () => (Number(process.env.BUILD_WORKER_HEAP_MB) || 128) * 2 ** 20

// One state per process: each route's server code may hold a copy of this module.
type State = { collect?: () => void; kept: number }
const state: State = ((globalThis as { [key: symbol]: State })[Symbol.for('speaker-site.worker-memory')] ??= { kept: 0 })

export function releaseMemory(): void {
  if (process.env.IS_NEXT_WORKER !== 'true' || process.env.NODE_ENV !== 'production') return
  if (getHeapStatistics().used_heap_size < state.kept + budget()) return
  if (!state.collect) {
    // The documented way to reach V8's collector without starting node with --expose-gc.
    setFlagsFromString('--expose-gc')
    state.collect = runInNewContext('gc') as () => void
  }
  state.collect()
  state.kept = getHeapStatistics().used_heap_size
}
