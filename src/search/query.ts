// The query language: terms separated by spaces must all occur; a quoted phrase
// ("…", “…”, 「…」) is one term; a leading - excludes a term. Terms are folded with
// `normalize`, so width and case never matter. Nothing here throws: any string
// parses, over-long input is cut and reported.
import { normalize } from './normalize.ts'

export interface Term {
  /** Folded text that must (or, when excluded, must not) occur as a substring. */
  text: string
  exclude: boolean
}

export interface ParsedQuery {
  /** Terms that must occur, longest first (the longest is usually the most selective). */
  include: Term[]
  exclude: Term[]
  /** The input was longer than MAX_QUERY_CHARS or had more than MAX_TERMS terms and was cut. */
  truncated: boolean
}

export const MAX_QUERY_CHARS = 200
export const MAX_TERMS = 12

const OPEN_QUOTES: Record<string, string> = { '"': '"', '“': '”', '「': '」', '『': '』', '”': '”' }

export function parseQuery(raw: string): ParsedQuery {
  let text = normalize(raw)
  let truncated = false
  if (text.length > MAX_QUERY_CHARS) {
    // Do not cut a surrogate pair in half.
    const cut = /[\uD800-\uDBFF]/.test(text[MAX_QUERY_CHARS - 1] ?? '') ? MAX_QUERY_CHARS - 1 : MAX_QUERY_CHARS
    text = text.slice(0, cut)
    truncated = true
  }
  const terms: Term[] = []
  let i = 0
  while (i < text.length) {
    if (/\s/.test(text[i]!)) {
      i++
      continue
    }
    let exclude = false
    if (text[i] === '-' && i + 1 < text.length && !/\s/.test(text[i + 1]!)) {
      exclude = true
      i++
    }
    const close = OPEN_QUOTES[text[i]!]
    let term: string
    if (close) {
      const end = text.indexOf(close, i + 1)
      term = text.slice(i + 1, end < 0 ? text.length : end).replace(/\s+/g, ' ').trim()
      i = end < 0 ? text.length : end + 1
    } else {
      let end = i
      while (end < text.length && !/\s/.test(text[end]!)) end++
      term = text.slice(i, end)
      i = end
    }
    if (term && !terms.some((t) => t.text === term && t.exclude === exclude)) terms.push({ text: term, exclude })
  }
  if (terms.length > MAX_TERMS) {
    terms.length = MAX_TERMS
    truncated = true
  }
  return {
    include: terms.filter((t) => !t.exclude).sort((a, b) => b.text.length - a.text.length),
    exclude: terms.filter((t) => t.exclude),
    truncated,
  }
}

/** The folded texts to highlight for a query: its included terms. */
export function highlightTerms(query: ParsedQuery): string[] {
  return query.include.map((t) => t.text)
}
