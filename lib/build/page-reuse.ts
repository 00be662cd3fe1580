/**
 * Which pages of the last build a rebuild may keep: pure rules, no files.
 *
 * Every output of a dynamic route (a page, a link-preview image, a calendar file...) has a key:
 * a hash of what shapes it. That is the build's `global` key (the code, the settings and the whole
 * site but its bodies: every title, date, tag, link and backlink that a list or a link shows) and,
 * for an output of one document (a note's page, a talk's slides and their previews), that
 * document's own fields and body. A rebuild renders the outputs whose key changed or whose files
 * are gone, and takes the others from the last build (lib/build/page-store.ts). After one note's body
 * changed, that is the note's page and its preview; after a title, tag or link changed, every page.
 */
import { createHash } from 'node:crypto'

export type RouteParams = Record<string, string | string[]>

/** One output of a dynamic route, as its generateStaticParams lists it. */
export type RouteOutput<P extends RouteParams> = {
  params: P
  /** The content file the output shows, when it shows one document ("content/notes/x.md"). */
  file?: string
}

/** What the last build left: each output's key and its files, relative to out/. */
export type OutputManifest = { outputs: Record<string, { key: string; files: string[] }> }

/** One route's outputs in this build: site path and key (written for scripts/finish-export.ts). */
export type PlannedOutput = { path: string; key: string }

/**
 * The site path of a route's output: the pattern with its params ("/notes/[slug]" and
 * { slug: "x" } give "/notes/x/"). A page's path ends with "/" (the site's trailing slash), a
 * file's does not ("/og/[...path]" and { path: ["notes", "x.png"] } give "/og/notes/x.png").
 */
export function outputPath(pattern: string, params: RouteParams, kind: 'page' | 'file'): string {
  const filled = pattern.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_match, _rest: string | undefined, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`${pattern}: no value for [${name}] in ${JSON.stringify(params)}`)
    return Array.isArray(value) ? value.join('/') : value
  })
  if (kind === 'file') return filled
  return filled.endsWith('/') ? filled : `${filled}/`
}

/** The key of an output: the build's global key and, for one document's output, that document's hash. */
export function outputKey(global: string, documentHash: string | undefined): string {
  return createHash('sha256').update(`${global}\0${documentHash ?? ''}`).digest('hex')
}

/** True when the last build made this output under the same key and its files are still there. */
export function reusable(output: PlannedOutput, previous: OutputManifest, filesExist: (files: string[]) => boolean): boolean {
  const before = previous.outputs[output.path]
  return before !== undefined && before.key === output.key && before.files.length > 0 && filesExist(before.files)
}

/**
 * The outputs this build must render: those that are not reusable. `placeholder` when none is
 * (output: 'export' refuses a dynamic route without params; lib/build/static-params.ts).
 */
export function paramsToRender<P extends RouteParams>(
  outputs: { params: P; planned: PlannedOutput }[],
  isReusable: (output: PlannedOutput) => boolean,
  placeholder: P,
): P[] {
  const render = outputs.filter(({ planned }) => !isReusable(planned)).map(({ params }) => params)
  return render.length > 0 ? render : [placeholder]
}
