/**
 * Decap's router renders one editor for every editor address (/collections/:name/new and
 * /collections/:name/entries/*) and loads an entry only when that editor mounts (decap-cms-core's
 * Editor.componentDidMount). When another entry's address replaces the one shown without the editor
 * unmounting (the address bar, a bookmark, a pasted link, Back), the new entry's fields are shown
 * over the previous entry's data, and saving throws inside Decap (decaporg/decap-cms#4147).
 * Reloading the page on that change mounts the editor afresh, so it loads the entry the address names.
 */
type EditorAddress = { collection: string; entry?: string }

function editorAddress(url: string): EditorAddress | undefined {
  const match = /^#\/collections\/([^/?]+)\/(?:new(?:\?|$)|entries\/([^?]+))/.exec(new URL(url).hash)
  if (!match) return undefined
  const collection = decodeURIComponent(match[1] ?? '')
  return match[2] === undefined ? { collection } : { collection, entry: decodeURIComponent(match[2]) }
}

/**
 * Whether the editor shown at `from` would stay mounted, with its data, at `to`: both are editor
 * addresses and `to` names another entry. A new entry's form moving to an entry of its own
 * collection is Decap's own step after the first save (its draft is that entry), so it is left alone.
 */
function showsStaleEntry(from: string, to: string): boolean {
  const [previous, next] = [editorAddress(from), editorAddress(to)]
  if (!previous || next?.entry === undefined) return false
  if (previous.entry === undefined) return previous.collection !== next.collection
  return previous.collection !== next.collection || previous.entry !== next.entry
}

export function reloadOnEntryChange(): void {
  window.addEventListener('hashchange', (event) => {
    if (showsStaleEntry(event.oldURL, event.newURL)) window.location.reload()
  })
}
