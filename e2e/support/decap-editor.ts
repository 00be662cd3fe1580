/**
 * Steps in Decap CMS's editor that more than one spec takes: saving an entry, and putting the caret
 * at the end of a body before typing.
 */
import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Saves the open entry with the labels that say what a save does (content-schema/decap.ts):
 * locally "Save", then "Save now"; on the deployed site "Save and publish", then the commit it makes.
 */
export async function save(page: Page, mode: 'local' | 'deployed' = 'local') {
  const [button, item] =
    mode === 'local'
      ? [page.getByRole('button', { name: 'Save', exact: true }), page.getByRole('menuitem', { name: 'Save now' })]
      : [page.getByRole('button', { name: 'Save and publish', exact: true }), page.getByRole('menuitem', { name: /^Save and publish: a commit to / })]
  await button.click()
  // Seen where it is, before any scrolling: a toolbar that clips its menu (a phone's narrow one)
  // hides the choice from the speaker, though a test's click would scroll it into view.
  await expect
    .poll(() =>
      item.evaluate((element) => {
        const box = element.getBoundingClientRect()
        const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)
        return top !== null && element.contains(top)
      }),
      { message: 'the save menu\'s choice is on top where it is drawn' },
    )
    .toBe(true)
  await item.click()
}

/**
 * Puts the caret at the end of the body, as a speaker does (a click, then Ctrl+End), and waits until
 * the editor itself has taken the move. Chromium moves the page's selection at once but tells the
 * editor (Slate) in a later `selectionchange` event: text typed before that lands where the click
 * was, mid-body, on a busy machine. The wait reads Slate's own selection, found through React's
 * fiber of the editable element (the <Slate> component holds the editor in its props).
 */
export async function caretToEnd(page: Page, body: Locator) {
  const caret = () =>
    body.evaluate((element) => {
      type SlateNode = { children?: SlateNode[]; text?: string }
      type Point = { path: number[]; offset: number }
      type Fiber = { memoizedProps?: { editor?: SlateNode & { selection?: { anchor: Point; focus: Point } | null } }; return?: Fiber }
      const key = Object.keys(element).find((name) => name.startsWith('__reactFiber$'))
      let fiber = key ? ((element as unknown as Record<string, Fiber>)[key] as Fiber | undefined) : undefined
      while (fiber && !fiber.memoizedProps?.editor) fiber = fiber.return
      const editor = fiber?.memoizedProps?.editor
      if (!editor?.selection) return 'no selection'
      const end: number[] = []
      let node: SlateNode = editor
      while (node.children?.length) {
        end.push(node.children.length - 1)
        node = node.children[node.children.length - 1] as SlateNode
      }
      const atEnd = (point: Point) => point.path.join() === end.join() && point.offset === (node.text ?? '').length
      return atEnd(editor.selection.anchor) && atEnd(editor.selection.focus) ? 'at the end' : 'elsewhere'
    })
  // A click and Ctrl+End, as a speaker makes them, until the editor's own selection is at the end.
  // On a busy machine the editor can still be rendering the entry when the keys arrive (a form that
  // re-renders takes the caret back to where it was): the move is then made again, as a speaker
  // would, seeing the caret elsewhere.
  await expect(async () => {
    await body.click()
    await page.keyboard.press('Control+End')
    await expect.poll(caret, { message: "the editor's caret at the end of the body", timeout: 5_000 }).toBe('at the end')
  }).toPass({ timeout: 30_000 })
}
