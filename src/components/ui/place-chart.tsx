// A light bar chart of article counts by place, in plain CSS: every bar has its
// name and number as text, so the chart reads as a list without the picture.
import { Link } from '@tanstack/react-router'
import { useId } from 'react'
import type { PlaceCount } from '@/lib/places'
import { placeFilterLink } from './place-filter'

interface Props {
  /** What the chart shows, e.g. 衢州市各地文章数. */
  caption: string
  rows: readonly PlaceCount[]
  /** Where a place's name leads: its place page, or the same view filtered to it. */
  link: 'page' | 'filter'
  /** With link="filter": search params to drop when the place changes. */
  reset?: readonly string[]
}

export function PlaceChart({ caption, rows, link, reset }: Props) {
  const captionId = useId()
  if (rows.length === 0) return null
  const max = Math.max(...rows.map((r) => r.count))
  return (
    <figure aria-labelledby={captionId} className="text-sm" data-testid="place-chart">
      <figcaption id={captionId} className="nav-title">{caption}</figcaption>
      <ol className="mt-3 space-y-1.5">
        {rows.map(({ place, count }) => (
          <li key={place.code} className="grid grid-cols-[6.5rem_1fr_2.5rem] items-center gap-2">
            {link === 'page' ? (
              <Link to="/places/$code" params={{ code: place.code }} className="truncate hover:text-accent">
                {place.name}
              </Link>
            ) : (
              <Link {...placeFilterLink(place.code, reset)} className="truncate hover:text-accent">
                {place.name}
              </Link>
            )}
            <span aria-hidden="true" className="h-3 bg-paper-deep">
              <span className="block h-full bg-accent/70" style={{ width: `${(count / max) * 100}%` }} />
            </span>
            <span className="text-right tabular-nums">
              {count}
              <span className="sr-only">篇</span>
            </span>
          </li>
        ))}
      </ol>
    </figure>
  )
}
