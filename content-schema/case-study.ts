import { pageFields, type DocumentSchema } from './fields'

export const caseStudySchema = {
  name: 'CaseStudy',
  kind: 'case-study',
  label: 'Case studies',
  filePathPattern: 'case-studies/**/*.{md,mdx}',
  folder: 'case-studies',
  strict: true,
  fields: {
    ...pageFields,
    publish: { type: 'boolean', label: 'Publish', default: true, hint: 'Off leaves the case study out, as a draft is.' },
    company: { type: 'string', label: 'Company' },
    role: { type: 'string', label: 'Role' },
    period: { type: 'string', label: 'Period', hint: 'e.g. 2021–2022' },
    links: {
      type: 'list',
      itemName: 'CaseStudyLink',
      label: 'Links',
      fields: {
        title: { type: 'string', label: 'Title', required: true },
        url: { type: 'string', format: 'url', label: 'URL', required: true },
      },
    },
  },
} satisfies DocumentSchema
