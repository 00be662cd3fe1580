import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

/** The resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const pid = Number(entry)
      const ppid = Number(fields[1])
      children.set(ppid, [...(children.get(ppid) ?? []), pid])
      rss.set(pid, Number(fields[21]) * 4096)
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0
  const stack = [root]
  while (stack.length) {
    const pid = stack.pop()!
    total += rss.get(pid) ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

export type RunResult = { seconds: number; peakBytes: number; code: number; output: string }

/** Runs a shell command, timing it and sampling its process tree's peak memory. */
export function run(command: string, cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint()
    const child = spawn('bash', ['-c', command], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    let peakBytes = 0
    const timer = setInterval(() => {
      if (child.pid) peakBytes = Math.max(peakBytes, treeRss(child.pid))
    }, 200)
    child.on('close', (code) => {
      clearInterval(timer)
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, peakBytes, code: code ?? 1, output })
    })
  })
}
