/**
 * A share of the body scans of `npm run build`'s content step, in a process of its own: started
 * by scripts/content-build.ts with its share ({"index":1,"count":2}) as its argument.
 */
import { warmScans } from '@/lib/content'
import type { DocumentShare } from '@/lib/content-documents'

try {
  warmScans(JSON.parse(process.argv[2] ?? '') as DocumentShare)
} catch (error) {
  // scripts/content-build.ts says that the scans were not all made ahead; the check makes them.
  console.warn(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
