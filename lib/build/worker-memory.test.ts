import assert from 'node:assert/strict'
import { test } from 'node:test'
import { getHeapStatistics } from 'node:v8'
import { releaseMemory } from './worker-memory'

const used = () => getHeapStatistics().used_heap_size

/** About `mb` MB of garbage in the old generation: arrays that outlive a few young collections. */
function garbage(mb: number) {
  let kept: number[][] = []
  for (let i = 0; i < mb; i++) kept.push(new Array(128 * 1024).fill(i))
  kept = []
  return kept.length
}

test("in a build's page worker, a heap over its budget is collected", () => {
  const env = { ...process.env }
  try {
    Object.assign(process.env, { IS_NEXT_WORKER: 'true', NODE_ENV: 'production', BUILD_WORKER_HEAP_MB: '16' })
    garbage(200)
    const before = used()
    releaseMemory()
    assert.ok(used() < before - 100 * 2 ** 20, `heap ${before} -> ${used()}`)
  } finally {
    process.env = env
  }
})

test('outside a build worker it leaves the heap to V8', () => {
  delete process.env.IS_NEXT_WORKER
  garbage(200)
  const before = used()
  releaseMemory()
  // No forced collection: the garbage is still counted (V8 may have collected some on its own).
  assert.ok(used() > before - 100 * 2 ** 20, `heap ${before} -> ${used()}`)
})
