/**
 * An error Decap does not catch (thrown while saving, rendering or handling a click) would otherwise
 * reach only the browser's console: the speaker would press Save and see nothing happen. Each one is
 * shown on the page, so a save that did not happen is never silent. Failures Decap catches itself
 * (the backend refused a file, a required field is empty) are shown by Decap and reject with its
 * own action or with nothing, not with an Error, so they are not shown twice.
 */
const ALERT_ID = 'editor-uncaught-error'

function show(error: Error): void {
  const message = `${error.name}: ${error.message}`
  let alert = document.getElementById(ALERT_ID)
  if (!alert) {
    alert = document.createElement('div')
    alert.id = ALERT_ID
    alert.setAttribute('role', 'alert')
    Object.assign(alert.style, {
      position: 'fixed',
      insetInline: '0',
      bottom: '0',
      zIndex: '1000',
      padding: '12px 16px',
      background: '#b91c1c',
      color: '#fff',
      font: '15px/1.4 system-ui, sans-serif',
    })
    document.body.append(alert)
  }
  alert.textContent = `Something went wrong in the editor, and your last change may not be saved: ${message}. Reload the page and check the entry before editing on.`
}

export function showUncaughtErrors(): void {
  // A ResizeObserver loop or another origin's script reports an event without an Error: not ours.
  window.addEventListener('error', (event) => {
    if (event.error instanceof Error) show(event.error)
  })
  window.addEventListener('unhandledrejection', (event) => {
    if (event.reason instanceof Error) show(event.reason)
  })
}
