import { Fragment, type ReactNode } from 'react'
import { highlightRuns } from '@/lib/highlight'
import { fullWidthPunctuation, wordBreaks } from '@/lib/typeset'

/**
 * Printed text as shown: OCR's half-width punctuation between Chinese characters drawn full-width, every
 * occurrence of `needle` in a <mark>, and with `words` a <wbr> at each word boundary (for headlines set
 * keep-all): the offsets the bundle gives (HeadlineBreaks), or, with `true`, found here by the segmenter. Matching runs on the stored text; the shown text has the same length, so the marks cover the
 * same characters. Always React text, never HTML.
 */
export function Highlighted({ text, needle, words = false }: { text: string; needle?: string; words?: boolean | readonly number[] }) {
  const shown = fullWidthPunctuation(text)
  const breaks = words === true ? wordBreaks(text) : words || []
  if (!needle && breaks.length === 0) return shown
  let at = 0
  return highlightRuns(text, needle).map((run, i) => {
    const start = at
    at += run.text.length
    const content = withBreaks(shown, start, at, breaks)
    return <Fragment key={i}>{run.mark ? <mark data-hl="">{content}</mark> : content}</Fragment>
  })
}

/** shown[start, end) with a <wbr> before each break offset inside it. */
function withBreaks(shown: string, start: number, end: number, breaks: readonly number[]): ReactNode {
  const inside = breaks.filter((b) => b > start && b < end)
  if (inside.length === 0) return shown.slice(start, end)
  const parts: ReactNode[] = []
  let from = start
  for (const b of inside) {
    parts.push(shown.slice(from, b), <wbr key={b} />)
    from = b
  }
  parts.push(shown.slice(from, end))
  return parts
}
