/**
 * A function of one Markdown text, remembered per text, in this process. Every load of the site
 * reads every talk's slides again (each save in `npm run dev` loads it anew): parsing each slide
 * for its sources and its summary took 4 s and 15 s of a save at 500 talks. The answers depend on
 * the text alone; callers treat them as read-only.
 */
export function memoByText<R>(fn: (text: string) => R, kept = 50_000): (text: string) => R {
  const answers = new Map<string, R>()
  return (text) => {
    let answer = answers.get(text)
    if (answer === undefined) {
      // Bounded: a long `npm run dev` session sees many versions of the slides being edited.
      if (answers.size >= kept) answers.clear()
      answer = fn(text)
      answers.set(text, answer)
    }
    return answer
  }
}
