/**
 * The inline script that splits a list of talks into Upcoming and Past before the page is first
 * painted, so the visitor's day decides it without anything moving when React hydrates (CLS 0,
 * e2e/layout-stability.spec.ts). React renders the same split right after (components/site/
 * timed-page-list.tsx, lib/event-timing.ts splitTimeline); the script only sets `hidden` and
 * `style.order`, which React then sets to the same values.
 *
 * Hand-written ES5 rather than a function's source: a bundler may rewrite a function (esbuild's
 * keepNames adds a `__name` helper), and a script that ran elsewhere must not depend on one.
 * finish-export.ts allows it by its hash, as every inline script of the export.
 */

/** `function (deliveries, today)`: the split, as splitTimeline gives it. */
export const SPLIT_SOURCE = `function (deliveries, today) {
  var next = [], past = []
  deliveries.forEach(function (days, index) {
    var day = days.filter(function (d) { return d >= today })[0]
    if (day === undefined) past.push(index)
    else next.push({ index: index, day: day })
  })
  next.sort(function (a, b) { return a.day === b.day ? a.index - b.index : a.day < b.day ? -1 : 1 })
  return { upcoming: next.map(function (e) { return e.index }), past: past }
}`

/** `function (now)`: the visitor's local day, as localDay gives it. */
export const DAY_SOURCE = `function (now) {
  var pad = function (n) { return (n < 10 ? '0' : '') + n }
  return now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate())
}`

/**
 * `function (root, split, today)`: applies a split to the list's markup: `[data-timeline-group]`
 * elements (the Upcoming and Past labels and lists) and, in each list, one `li[data-deliveries]`
 * per talk, in the build's order.
 */
export const APPLY_SOURCE = `function (root, split, today) {
  var part = function (name) { return root.querySelector('[data-timeline-group="' + name + '"]') }
  var items = function (name) { return part(name + '-list').querySelectorAll(':scope > li') }
  var upcoming = items('upcoming'), past = items('past'), deliveries = []
  for (var i = 0; i < past.length; i++) deliveries.push((past[i].getAttribute('data-deliveries') || '').split(' '))
  var result = split(deliveries, today), rank = {}
  result.upcoming.forEach(function (index, position) { rank[index] = position })
  for (var j = 0; j < past.length; j++) {
    var soon = rank[j] !== undefined
    upcoming[j].hidden = !soon
    upcoming[j].style.order = soon ? String(rank[j]) : ''
    past[j].hidden = soon
  }
  var none = result.upcoming.length === 0
  part('upcoming').hidden = none
  part('upcoming-list').hidden = none
  part('past').hidden = none || result.past.length === 0
}`

/** The script placed right after the list's root: it finds the root as its previous sibling. */
export const timelineScript = () =>
  `(${APPLY_SOURCE})(document.currentScript.previousElementSibling, ${SPLIT_SOURCE}, (${DAY_SOURCE})(new Date()))`
