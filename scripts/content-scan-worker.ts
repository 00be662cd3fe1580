/**
 * A share of the body scans of `npm run build`'s content step, in a process of its own: started
 * by scripts/content-build.ts with its share ({"index":1,"count":2}) as its argument.
 */
import { warmScans } from '@/lib/content'
import type { DocumentShare } from '@/lib/content-documents'

warmScans(JSON.parse(process.argv[2] ?? '') as DocumentShare)
