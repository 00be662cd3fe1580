import { useCallback, useEffect, useRef, type RefObject } from 'react'

export type SlideMessage = { type: 'hello' } | { type: 'slide'; slide: number }

/**
 * Keeps the windows of one deck on the same slide (the presenter view and the audience's talk
 * page, in one browser) through a BroadcastChannel. A window that opens says hello and takes the
 * slide the others answer with. Returns the function that tells the others about a local move.
 */
export function useSlideChannel(name: string, current: RefObject<number>, onRemoteSlide: (slide: number) => void) {
  const channel = useRef<BroadcastChannel | null>(null)
  const onSlide = useRef(onRemoteSlide)
  useEffect(() => {
    onSlide.current = onRemoteSlide
  }, [onRemoteSlide])

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const ownChannel = new BroadcastChannel(name)
    channel.current = ownChannel
    ownChannel.onmessage = (event: MessageEvent<SlideMessage>) => {
      const message = event.data
      if (message?.type === 'hello') ownChannel.postMessage({ type: 'slide', slide: current.current } satisfies SlideMessage)
      else if (message?.type === 'slide' && typeof message.slide === 'number') onSlide.current(message.slide)
    }
    ownChannel.postMessage({ type: 'hello' } satisfies SlideMessage)
    return () => {
      ownChannel.close()
      channel.current = null
    }
  }, [name, current])

  return useCallback((slide: number) => channel.current?.postMessage({ type: 'slide', slide } satisfies SlideMessage), [])
}
