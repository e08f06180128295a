import { Fragment } from 'react'
import { highlightRuns } from '@/lib/highlight'

/** Text with every occurrence of `needle` in a <mark>; always React text, never HTML. */
export function Highlighted({ text, needle }: { text: string; needle?: string }) {
  if (!needle) return text
  return highlightRuns(text, needle).map((run, i) => (
    <Fragment key={i}>{run.mark ? <mark data-hl="">{run.text}</mark> : run.text}</Fragment>
  ))
}
