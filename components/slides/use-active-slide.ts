import { useEffect, type RefObject } from 'react'

/**
 * Marks the shown slide of a server-rendered list (`ol > li`, in order) with data-active, for the
 * CSS of slide-viewer.css. The slides' HTML stays as the server rendered it: React never
 * re-renders it on the client, this only flips an attribute.
 */
export function useActiveSlide(stack: RefObject<HTMLElement | null>, slide: number) {
  useEffect(() => {
    const items = stack.current?.querySelectorAll(':scope > ol > li') ?? []
    items.forEach((item, i) => item.toggleAttribute('data-active', i + 1 === slide))
  }, [stack, slide])
}
