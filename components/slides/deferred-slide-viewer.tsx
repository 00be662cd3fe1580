'use client'

import dynamic from 'next/dynamic'
// Its stylesheet stays with the page's own, so the slides are laid out before any script runs
// (no layout shift when the viewer's chunk arrives).
import './slide-viewer.css'

/**
 * The slide viewer as a chunk of its own. Next bundles every client component of a route into
 * its chunks, so a static import would load the viewer on every talk page, a talk whose deck is
 * only elsewhere included; loaded through next/dynamic, only pages that render it load it (README,
 * "Performance"). It is still rendered on the server, so the slides are in the HTML.
 */
export const DeferredSlideViewer = dynamic(() => import('./slide-viewer').then((module) => module.SlideViewer))
