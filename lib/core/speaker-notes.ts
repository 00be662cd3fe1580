/**
 * Speaker notes are private: they may reach a page only on the speaker's own machine,
 * in `npm run dev` or in a local build made with SPEAKER_NOTES=1. A normal `npm run build`, the one
 * that gets deployed, must leave them out of every file of out/ (e2e/leaks.spec.ts checks it).
 */
export type NotesEnv = { NODE_ENV?: string; SPEAKER_NOTES?: string }

export function speakerNotesIncluded(env: NotesEnv = process.env): boolean {
  return env.NODE_ENV === 'development' || env.SPEAKER_NOTES === '1'
}
