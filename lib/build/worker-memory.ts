/**
 * Keeps a build worker's memory near what it holds. Left alone, V8 lets the heap of a process that
 * renders page after page grow towards its limit before it collects, and a page's rendering also
 * leaves buffers in malloc's heap, outside V8's, that go back only when their objects are
 * collected (and that heap does not shrink once grown). Next removes --max-old-space-size from its
 * workers' options, so the layout and the preview route call releaseMemory() once per output: when
 * the heap holds more than a budget above what the last collection kept, it collects. A smaller
 * budget holds less memory for more time spent collecting; the default is measured in
 * docs/bench/README.md ("Worker memory"). Nothing happens outside `next build`'s workers (not in
 * `npm run dev`, not in scripts).
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { processGlobal } from '../cache/memo'
import { isProductionBuild } from '../core/run-mode'

/** Garbage a worker may hold before it collects, in MB: BUILD_WORKER_HEAP_MB, default 128. */
const budget = () => (Number(process.env.BUILD_WORKER_HEAP_MB) || 128) * 2 ** 20

// One state per process: each route's server code may hold a copy of this module.
type State = { collect?: () => void; kept: number }
const state = processGlobal<State>('worker-memory', () => ({ kept: 0 }))

export function releaseMemory(): void {
  if (process.env.IS_NEXT_WORKER !== 'true' || !isProductionBuild()) return
  if (getHeapStatistics().used_heap_size < state.kept + budget()) return
  if (!state.collect) {
    // The documented way to reach V8's collector without starting node with --expose-gc.
    setFlagsFromString('--expose-gc')
    state.collect = runInNewContext('gc') as () => void
  }
  state.collect()
  state.kept = getHeapStatistics().used_heap_size
}
