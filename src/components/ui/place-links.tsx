import { Link } from '@tanstack/react-router'
import type { PlaceRef } from '@/schema/bundle'

/** 地点: the places an article names, each a link to its place page; the one it is mainly about first and in bold. */
export function ArticlePlaces({ places, className = '' }: { places: readonly PlaceRef[]; className?: string }) {
  if (places.length === 0) return null
  const ordered = [...places].sort((a, b) => Number(b.main ?? false) - Number(a.main ?? false))
  return (
    <p className={`text-sm text-muted ${className}`} data-testid="article-places">
      <span className="mr-2">地点</span>
      {ordered.map((place, i) => (
        <span key={place.code}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          <Link
            to="/places/$code"
            params={{ code: place.code }}
            title={place.main ? '本文主要所涉地点' : undefined}
            className={`underline-offset-4 hover:text-accent hover:underline ${place.main ? 'font-bold text-ink' : ''}`}
          >
            {place.name}
          </Link>
          {place.main && <span className="sr-only">(主要)</span>}
        </span>
      ))}
    </p>
  )
}
