export type Series = { name: string; color: string; points: { x: number; y: number }[] }

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** A small line chart as an SVG string: seconds per phase against the number of files. */
export function lineChart(title: string, xLabel: string, yLabel: string, series: Series[]): string {
  const height = 400
  // The legend's column is as wide as its longest name (about 7.5 px a character at 13 px).
  const m = { top: 48, right: Math.max(170, 48 + Math.ceil(Math.max(0, ...series.map((s) => s.name.length)) * 7.5)), bottom: 56, left: 64 }
  const width = 550 + m.right
  const xs = series.flatMap((s) => s.points.map((p) => p.x))
  const ys = series.flatMap((s) => s.points.map((p) => p.y))
  const xMax = Math.max(1, ...xs)
  const yMax = Math.max(1, ...ys) * 1.1
  const px = (x: number) => m.left + (x / xMax) * (width - m.left - m.right)
  const py = (y: number) => height - m.bottom - (y / yMax) * (height - m.top - m.bottom)
  const ticks = Array.from({ length: 5 }, (_, i) => (yMax / 4) * i)
  const lines = series
    .map((s) => {
      const d = s.points.map((p, i) => `${i ? 'L' : 'M'}${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ')
      const dots = s.points.map((p) => `<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="3.5" fill="${s.color}"/>`).join('')
      return `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2.5"/>${dots}`
    })
    .join('\n')
  const legend = series
    .map((s, i) => `<rect x="${width - m.right + 16}" y="${m.top + i * 22}" width="14" height="14" rx="3" fill="${s.color}"/><text x="${width - m.right + 36}" y="${m.top + i * 22 + 12}">${escape(s.name)}</text>`)
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="13" fill="#27272a">
<rect width="${width}" height="${height}" fill="#fff"/>
<text x="${m.left}" y="28" font-size="16" font-weight="700">${escape(title)}</text>
${ticks.map((t) => `<line x1="${m.left}" x2="${width - m.right}" y1="${py(t)}" y2="${py(t)}" stroke="#e4e4e7"/><text x="${m.left - 8}" y="${py(t) + 4}" text-anchor="end">${t.toFixed(t < 10 ? 1 : 0)}</text>`).join('')}
${[...new Set(xs)].map((x) => `<text x="${px(x)}" y="${height - m.bottom + 20}" text-anchor="middle">${x}</text>`).join('')}
<text x="${(m.left + width - m.right) / 2}" y="${height - 12}" text-anchor="middle">${escape(xLabel)}</text>
<text transform="translate(18 ${(m.top + height - m.bottom) / 2}) rotate(-90)" text-anchor="middle">${escape(yLabel)}</text>
${lines}
${legend}
</svg>
`
}
