// Where terms occur in printed text, as ranges of the original string, and the
// text cut into plain and marked segments for rendering (React text + <mark>:
// nothing here produces HTML).
import { type Folded, foldWithMap, normalize } from './normalize.ts'

export type Range = readonly [start: number, end: number]
export interface Segment {
  text: string
  mark: boolean
}

const MAX_RANGES = 2000

/** Start offsets of the non-overlapping occurrences of `needle` in `haystack` (both folded), left to right. */
export function occurrences(haystack: string, needle: string, limit = MAX_RANGES): number[] {
  const found: number[] = []
  if (!needle) return found
  for (let at = haystack.indexOf(needle); at >= 0 && found.length < limit; at = haystack.indexOf(needle, at + needle.length)) found.push(at)
  return found
}

/**
 * Every occurrence of any term (already folded) in `original`, as original
 * offsets: sorted, overlapping ranges merged. Width and case never matter.
 */
export function matchRanges(original: string, terms: readonly string[]): Range[] {
  const wanted = terms.filter(Boolean)
  if (!original || wanted.length === 0) return []
  const folded = foldWithMap(original)
  const raw = wanted.flatMap((term) => literalMatches(folded, term))
  raw.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: [number, number][] = []
  for (const r of raw) {
    const last = merged[merged.length - 1]
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}

/** The non-overlapping occurrences of one folded needle, left to right, as ranges of the original text (a browser's find). */
export function literalMatches(folded: Folded, needle: string): [number, number][] {
  return occurrences(folded.text, needle).map((at) => [folded.from[at]!, folded.to[at + needle.length - 1]!])
}

/** `text` cut at the ranges into plain and marked segments. */
export function toSegments(text: string, ranges: readonly Range[], offset = 0): Segment[] {
  const out: Segment[] = []
  let at = offset
  for (const [s, e] of ranges) {
    if (s > at) out.push({ text: text.slice(at, s), mark: false })
    out.push({ text: text.slice(s, e), mark: true })
    at = e
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false })
  return out
}

/** `text` with every occurrence of the terms marked. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  return toSegments(text, matchRanges(text, terms))
}

/**
 * A window of about `width` characters of `text` around its first match, with
 * the matches in it marked and … where it was cut. No match: the opening words.
 */
export function snippet(text: string, terms: readonly string[], width = 90): Segment[] {
  const flat = text.replace(/\s*\n\s*/g, ' ')
  const ranges = matchRanges(flat, terms)
  const first = ranges[0]
  const start = first ? Math.max(0, Math.min(first[0] - Math.floor(width / 3), flat.length - width)) : 0
  const end = Math.min(flat.length, start + width)
  const window = flat.slice(start, end)
  const inside = ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s - start, e - start] as const)
  const segments = toSegments(window, inside)
  if (start > 0) segments.unshift({ text: '…', mark: false })
  if (end < flat.length) segments.push({ text: '…', mark: false })
  return segments
}

/** A find-in-page needle: the box's text folded and trimmed, taken literally (like a browser's find). */
export function findNeedle(input: string): string {
  return normalize(input).trim().slice(0, 200)
}
