/**
 * The inline script that splits a list of talks into Upcoming and Past before the page is first
 * painted, so the visitor's day decides it without anything moving when React hydrates (CLS 0,
 * e2e/layout-stability.spec.ts). React renders the same split right after (components/site/
 * timed-page-list.tsx, lib/browser/event-timing.ts splitTimeline); the script only sets `hidden` and
 * `style.order`, which React then sets to the same values, and moves no element (React hydrates
 * the markup as the server wrote it).
 *
 * Hand-written ES5 rather than a function's source: a bundler may rewrite a function (esbuild's
 * keepNames adds a `__name` helper), and a script that ran elsewhere must not depend on one.
 * finish-export.ts allows it by its hash, as every inline script of the export.
 */

/** `function (deliveries, today)`: the split, as splitTimeline gives it. */
const SPLIT_SOURCE = `function (deliveries, today) {
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
const DAY_SOURCE = `function (now) {
  var pad = function (n) { return (n < 10 ? '0' : '') + n }
  return now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate())
}`

/**
 * `function (root, split, today)`: applies a split to the list's markup: one `li[data-deliveries]`
 * per talk, in the build's order (so the upcoming ones come first), each with a hidden "Past"
 * label for the first past talk, and an "Upcoming" label before the list. Only `hidden` and
 * `style.order` change: no element moves. `data-arranged` shows the list (app/globals.css).
 */
const APPLY_SOURCE = `function (root, split, today) {
  var items = root.querySelectorAll('ul > li[data-deliveries]'), deliveries = []
  for (var i = 0; i < items.length; i++) deliveries.push((items[i].getAttribute('data-deliveries') || '').split(' '))
  var result = split(deliveries, today), count = result.upcoming.length, rank = {}
  result.upcoming.forEach(function (index, position) { rank[index] = position })
  for (var j = 0; j < items.length; j++) {
    items[j].style.order = rank[j] === undefined ? '' : String(rank[j] - count)
    items[j].querySelector('[data-timeline-label="past"]').hidden = !(count > 0 && j === result.past[0])
  }
  root.querySelector('[data-timeline-label="upcoming"]').hidden = count === 0
  root.setAttribute('data-arranged', '')
}`

/** The script placed right after the list's root: it finds the root as its previous sibling. */
export const timelineScript = () =>
  `(${APPLY_SOURCE})(document.currentScript.previousElementSibling, ${SPLIT_SOURCE}, (${DAY_SOURCE})(new Date()))`
