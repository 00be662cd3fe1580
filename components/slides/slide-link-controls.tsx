'use client'

import { useEffect, useState } from 'react'
import { useCopy } from '@/components/site/use-copy'
import { SlideButton } from './slide-button'
import { SlideIcon } from './slide-icon'

export type SlideLinkControlsProps = {
  /** The shown slide's link: its own page (lib/browser/slide-navigation.ts slideLinkOf). */
  url: string
  /** What a share sheet names: the talk's title. */
  title: string
}

/**
 * "Copy link to this slide" and, where the browser has a share sheet (phones), "Share this slide".
 * Until the script knows whether sharing is offered, and where it is not, an empty box
 * of the button's size keeps its place, so the controls do not move (CLS 0).
 */
export function SlideLinkControls({ url, title }: SlideLinkControlsProps) {
  // A new slide is a new link: useCopy forgets "copied" when the link changes.
  const { state: copied, copy } = useCopy(url)
  const [canShare, setCanShare] = useState(false)
  useEffect(() => setCanShare(typeof navigator.share === 'function'), [])

  function share() {
    // A dismissed share sheet rejects; nothing to tell the visitor.
    navigator.share({ title, url }).catch(() => undefined)
  }

  return (
    <>
      <SlideButton label={copied === 'copied' ? 'Link to this slide copied' : 'Copy link to this slide'} onClick={copy}>
        <SlideIcon name={copied === 'copied' ? 'copied' : 'link'} />
      </SlideButton>
      {canShare ? (
        <SlideButton label="Share this slide" onClick={share}>
          <SlideIcon name="share" />
        </SlideButton>
      ) : (
        <span className="inline-block size-10 shrink-0" />
      )}
      <span role="status" className="sr-only">
        {copied === 'copied' ? 'Link to this slide copied' : copied === 'failed' ? `Could not copy; the slide's link is ${url}` : ''}
      </span>
    </>
  )
}
