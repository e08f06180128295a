// ?hl=<text>: every occurrence of the text as plain runs to render with <mark>. The matching is search's own
// (src/search/highlight.ts), so width and case never matter and an article marks what its search result marked.
import { literalMatches, type Segment, toSegments } from '@/search/highlight'
import { foldWithMap, normalize } from '@/search/normalize'

export type Run = Segment

/** Splits `text` into runs; runs with `mark` are occurrences of `needle`. */
export function highlightRuns(text: string, needle: string | undefined): Run[] {
  // Each occurrence its own run, like a browser's find: adjacent ones are not merged.
  const runs = needle ? toSegments(text, literalMatches(foldWithMap(text), normalize(needle))) : []
  return runs.length ? runs : [{ text, mark: false }]
}

/** How many times `needle` occurs in all of `texts`. */
export function countOccurrences(texts: readonly (string | undefined)[], needle: string | undefined): number {
  if (!needle) return 0
  return texts.reduce((n, text) => n + (text ? highlightRuns(text, needle).filter((r) => r.mark).length : 0), 0)
}
