'use client'

import dynamic from 'next/dynamic'

/**
 * The synced recording as a chunk of its own, as the slide viewer is (components/slides/
 * deferred-slide-viewer.tsx): only talks whose slides give times load its code ("the
 * sync code loads only on talks with timestamps"). It is rendered on the server all the same, so
 * its placeholder is in the HTML and nothing moves when the chunk arrives.
 */
export const DeferredSyncedRecording = dynamic(() => import('./synced-recording').then((module) => module.SyncedRecording))
