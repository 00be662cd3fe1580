/**
 * Decap's editor is laid out for a desktop: its editor and toolbar are at least 800 px wide, so on
 * a phone the form and the Save button sat partly off screen, and the preview pane took half of
 * what was left. Below that width the two fit the screen, the toolbar keeps the back arrow, Save
 * and the account on one row, and the preview starts hidden (the eye button beside the form shows it again). Decap names its styled parts in their class names
 * ("css-1gtfcgu-ToolbarContainer"), the one handle it offers on them.
 */
const NARROW = '(max-width: 799px)'

const STYLE = `@media ${NARROW} {
  [class*="-EditorContainer"], [class*="-ToolbarContainer"] { min-width: 0 !important; }
  /* The toolbar is one row at 390 px with Save, its menu and the account only: the save status
     (Save's label says it: "Save", "Saved"), Delete and the deploy preview's link give way, since a
     toolbar that wraps covers the form's first field and one that scrolls clips Save's menu. */
  [class*="-BackStatus"], [class*="-DeleteButton"], [class*="-ToolbarSubSectionLast"] { display: none !important; }
  [class*="-BackCollection"] { display: none; }
}`

export function fitPhoneWidth(): void {
  const style = document.createElement('style')
  style.textContent = STYLE
  document.head.append(style)
  // Decap keeps the pane beside the form in localStorage ("none": no pane), read when an entry opens.
  if (window.matchMedia(NARROW).matches) localStorage.setItem('cms.right-pane', 'none')
}
