import { caseStudySchema } from './case-study'
import { noteSchema } from './note'
import { profileSchema } from './profile'
import { talkSchema } from './talk'

export { caseStudySchema, noteSchema, profileSchema, talkSchema }
export type { DocumentKind, DocumentSchema, Field, Fields, StringFormat } from './fields'

export const documentSchemas = [profileSchema, talkSchema, caseStudySchema, noteSchema] as const
