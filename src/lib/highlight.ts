// ?hl=<text>: every occurrence of the text, found case-insensitively, as plain runs to render with <mark>.

export interface Run {
  text: string
  mark: boolean
}

/** Splits `text` into runs; runs with `mark` are occurrences of `needle`. */
export function highlightRuns(text: string, needle: string | undefined): Run[] {
  if (!needle) return [{ text, mark: false }]
  // Case folding must keep offsets; for the rare text where it would not, match exactly.
  const folds = text.toLowerCase().length === text.length && needle.toLowerCase().length === needle.length
  const haystack = folds ? text.toLowerCase() : text
  const target = folds ? needle.toLowerCase() : needle
  const runs: Run[] = []
  let from = 0
  for (let at = haystack.indexOf(target); at >= 0; at = haystack.indexOf(target, at + target.length)) {
    if (at > from) runs.push({ text: text.slice(from, at), mark: false })
    runs.push({ text: text.slice(at, at + target.length), mark: true })
    from = at + target.length
  }
  if (from < text.length || runs.length === 0) runs.push({ text: text.slice(from), mark: false })
  return runs
}

/** How many times `needle` occurs in all of `texts`. */
export function countOccurrences(texts: readonly (string | undefined)[], needle: string | undefined): number {
  if (!needle) return 0
  return texts.reduce((n, text) => n + (text ? highlightRuns(text, needle).filter((r) => r.mark).length : 0), 0)
}
