/**
 * What `contentlayer/generated` resolves to in `npm run dev` (next.config.mjs): nothing. The dev
 * server reads the content folder itself (lib/dev-content.ts), so it needs no `contentlayer2 build`
 * before it starts (about 15 s per 1,000 files) and does not wait on Turbopack to reload
 * regenerated files (contentlayer2 issues #36, #82).
 */
import type { ContentDocument } from './content-documents'

export const allTalks: ContentDocument[] = []
export const allCaseStudies: ContentDocument[] = []
export const allNotes: ContentDocument[] = []
export const profile: ContentDocument = { _raw: { sourceFilePath: 'profile.md', sourceFileName: 'profile.md' }, frontmatter: {}, body: { raw: '' } }
