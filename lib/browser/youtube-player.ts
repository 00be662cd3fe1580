/**
 * The messages that YouTube's embedded player (the IFrame Player API's "widget" protocol) takes and
 * sends through postMessage. Speaking it directly spares the page YouTube's API script
 * (www.youtube.com/iframe_api): the only third-party request is the player the visitor clicked
 * for, from youtube-nocookie.com, and the Content-Security-Policy needs nothing but that frame.
 */

export const YOUTUBE_PLAYER_ORIGIN = 'https://www.youtube-nocookie.com'

/** The player's URL with its JavaScript API on, answering only `origin`, starting at `start` seconds. */
export function youtubeApiUrl(playerUrl: string, origin: string, start?: number): string {
  const url = new URL(playerUrl)
  url.searchParams.set('enablejsapi', '1')
  url.searchParams.set('origin', origin)
  url.searchParams.set('autoplay', '1')
  if (start !== undefined) url.searchParams.set('start', String(Math.floor(start)))
  return url.toString()
}

/** Asks the player to report to this window: sent until it answers, as YouTube's own API does. */
export const youtubeListening = () => JSON.stringify({ event: 'listening', id: 1, channel: 'widget' })

export type YoutubeCommand = { func: 'seekTo'; args: [seconds: number, allowSeekAhead: boolean] } | { func: 'playVideo' | 'pauseVideo'; args: [] }

export const youtubeCommand = (command: YoutubeCommand) => JSON.stringify({ event: 'command', ...command, id: 1, channel: 'widget' })

/** YouTube's player states: -1 unstarted, 0 ended, 1 playing, 2 paused, 3 buffering, 5 cued. */
export type YoutubeReport = { ready?: boolean; currentTime?: number; playing?: boolean }

/** What a message from the player says about it; undefined for anything that is not the player's. */
export function readYoutubeMessage(data: unknown): YoutubeReport | undefined {
  let message: unknown = data
  if (typeof data === 'string') {
    try {
      message = JSON.parse(data)
    } catch {
      return undefined
    }
  }
  if (typeof message !== 'object' || message === null) return undefined
  const { event, info } = message as { event?: unknown; info?: unknown }
  const state = (value: unknown) => (typeof value === 'number' ? { playing: value === 1 || value === 3 } : {})
  switch (event) {
    case 'onReady':
    case 'initialDelivery':
      return { ready: true, ...infoReport(info) }
    case 'infoDelivery':
      return infoReport(info)
    case 'onStateChange':
      return state(info)
    default:
      return undefined
  }

  function infoReport(value: unknown): YoutubeReport {
    if (typeof value !== 'object' || value === null) return {}
    const { currentTime, playerState } = value as { currentTime?: unknown; playerState?: unknown }
    return {
      ...(typeof currentTime === 'number' && Number.isFinite(currentTime) ? { currentTime } : {}),
      ...state(playerState),
    }
  }
}
