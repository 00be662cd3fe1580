import type { MDXComponents } from 'mdx/types'
import { Callout } from './callout'

/** The components an .mdx file may use, by name. */
export const mdxComponents: MDXComponents = { Callout }
