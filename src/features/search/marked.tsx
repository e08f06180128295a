import { Fragment } from 'react'
import type { Segment } from '@/search/highlight'

/** Text with its matches in <mark>: always React text, never HTML. */
export function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) => <Fragment key={i}>{s.mark ? <mark className="bg-accent/20 text-inherit">{s.text}</mark> : s.text}</Fragment>)
}
