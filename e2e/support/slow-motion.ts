import type { Page } from '@playwright/test'

/**
 * The page's recordings play at a quarter of their speed. A spec that reads a recording's time
 * after a click or a poll loses seconds in between on a busy runner: the video must not reach the
 * next slide's start meanwhile (at full speed it once did, and a test failed on a slide it had not
 * turned to). The deck follows the recording's time, whatever its speed.
 */
export const slowMotion = (page: Page) =>
  page.addInitScript(() => {
    const play = HTMLMediaElement.prototype.play
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      this.defaultPlaybackRate = 0.25
      this.playbackRate = 0.25
      return play.call(this)
    }
  })
