/** The typography classes a rendered body is shown with: on the site (prose.tsx) and in the editor's preview (cms/). */
export const PROSE =
  'prose prose-zinc max-w-none dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-300 prose-img:rounded-lg'
