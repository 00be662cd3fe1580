/**
 * Decap's editor is laid out for a desktop: its editor and toolbar are at least 800 px wide, so on
 * a phone the form and the Save button sat partly off screen, and the preview pane took half of
 * what was left. Below that width the two fit the screen, the back link shows only the save status,
 * and the preview starts hidden (the eye button beside the form shows it again). Decap names its styled parts in their class names
 * ("css-1gtfcgu-ToolbarContainer"), the one handle it offers on them.
 */
const NARROW = '(max-width: 799px)'

const STYLE = `@media ${NARROW} {
  [class*="-EditorContainer"], [class*="-ToolbarContainer"] { min-width: 0 !important; }
  [class*="-ToolbarContainer"] { overflow-x: auto; }
  /* "Writing in Talks collection" gives way to the save status, which must stay readable. */
  [class*="-BackCollection"] { display: none; }
}`

export function fitPhoneWidth(): void {
  const style = document.createElement('style')
  style.textContent = STYLE
  document.head.append(style)
  // Decap keeps the pane beside the form in localStorage ("none": no pane), read when an entry opens.
  if (window.matchMedia(NARROW).matches) localStorage.setItem('cms.right-pane', 'none')
}
