/** The README's table of peer-corpus builds (npm run bench -- --corpus peer), from docs/bench/results.json. */
type Phase = { name: string; seconds: number; peakBytes: number }
type Build = { phases: Phase[]; seconds: number; peakBytes: number }
export type PeerRun = { date: string; commit: string; note: string; pages: number; cold: Build; rebuild: Build; outBytes: number; machine: { cpus: number; memoryGB: number; load: number[] } }

const s = (seconds: number) => seconds.toFixed(0)
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`
const phase = (build: Build, prefix: string) => build.phases.find((p) => p.name.startsWith(prefix))

/** One row per run and build (cold, rebuild): seconds per phase with its share, total, peak memory, out/. */
export function peerTable(runs: readonly PeerRun[]): string {
  const names = [...new Set(runs.flatMap((r) => r.cold.phases.map((p) => p.name)))]
  const header = ['run', 'build', ...names, 'total', 'peak memory', 'out/']
  const rows = runs.flatMap((run) =>
    (['cold', 'rebuild'] as const).map((which) => {
      const build = run[which]
      const cells = names.map((name) => {
        const p = phase(build, name)
        return p ? `${s(p.seconds)} (${((p.seconds / build.seconds) * 100).toFixed(0)}%)` : '-'
      })
      return [`${run.note || 'run'} (${run.commit}, ${run.date.replace('T', ' ')})`, which, ...cells, `**${s(build.seconds)}**`, mb(build.peakBytes), which === 'cold' ? mb(run.outBytes) : '']
    }),
  )
  return [header, header.map((_, i) => (i < 2 ? '---' : '---:')), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n')
}
