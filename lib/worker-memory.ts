/**
 * Keeps a build worker's heap near what it holds (issue 13). Left alone, V8 lets the heap of a
 * process that renders page after page grow towards its limit (a quarter of the machine's memory)
 * before it collects: each of Next's two page workers reached 1.1-1.3 GB on the benchmark's
 * 1,000-file corpus, though the site they read is a few MB. Next removes --max-old-space-size from
 * its workers' options, so the layout and the preview route call releaseMemory() once per output:
 * when the heap holds more than a budget above what the last collection kept, it collects.
 * Nothing happens outside `next build`'s workers (not in `npm run dev`, not in scripts).
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** Garbage a worker may hold before it collects, in MB: BUILD_WORKER_HEAP_MB, default 256. */
const budget = () => (Number(process.env.BUILD_WORKER_HEAP_MB) || 256) * 2 ** 20

let collect: (() => void) | undefined
let kept = 0

export function releaseMemory(): void {
  if (process.env.IS_NEXT_WORKER !== 'true' || process.env.NODE_ENV !== 'production') return
  if (getHeapStatistics().used_heap_size < kept + budget()) return
  if (!collect) {
    // The documented way to reach V8's collector without starting node with --expose-gc.
    setFlagsFromString('--expose-gc')
    collect = runInNewContext('gc') as () => void
  }
  collect()
  kept = getHeapStatistics().used_heap_size
}
