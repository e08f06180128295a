// The locality filter on the search results. The engine knows no places: the catalog
// says which articles are at the chosen place (sent as an `ids` filter), and the ids of
// every match before that filter give the counts, so each count is the number of
// results choosing that place would show.
import { useMemo } from 'react'
import type { Catalog } from '@/schema/bundle'
import type { SearchResponse } from '@/search/engine'
import { PlaceChart } from '@/components/ui/place-chart'
import { PlaceFilter } from '@/components/ui/place-filter'
import { buildPlaceTree, countArticlesByPlace, filterByPlace, placeBreakdown, placeCode, type PlaceTree } from '@/lib/places'

/** Changing the place starts again at the first result page. */
const RESET = ['p']

interface SearchPlaces {
  tree: PlaceTree
  /** The chosen place, when the bundle knows the code in the URL. */
  place?: string
  /** The articles at that place, for the engine's `ids` filter. */
  ids?: string[]
  placesOf: ReadonlyMap<string, readonly string[]>
}

export function useSearchPlaces(catalog: Catalog | undefined, param: number | undefined): SearchPlaces | undefined {
  const base = useMemo(() => {
    if (!catalog) return undefined
    const placesOf = new Map<string, readonly string[]>()
    for (const issue of catalog.issues) for (const page of issue.pages) for (const a of page.articles) if (a.places?.length) placesOf.set(a.id, a.places)
    return { tree: buildPlaceTree(catalog.places), placesOf }
  }, [catalog])
  return useMemo(() => {
    if (!base) return undefined
    const place = placeCode(base.tree, param)
    const ids = place === undefined ? undefined : filterByPlace(base.tree, [...base.placesOf.keys()], place, (id) => base.placesOf.get(id))
    return { ...base, place, ids }
  }, [base, param])
}

export function SearchPlaceFilter({ places, response }: { places: SearchPlaces; response: SearchResponse }) {
  const matched = response.matchedIds ?? []
  const counts = countArticlesByPlace(
    places.tree,
    matched.map((id) => ({ places: places.placesOf.get(id) })),
  )
  if (counts.size === 0 && !places.place) return null
  const name = places.place ? places.tree.byCode.get(places.place)?.name : undefined
  return (
    <div className="mt-3 space-y-4 border-y border-rule py-3">
      <PlaceFilter tree={places.tree} counts={counts} total={matched.length} selected={places.place} reset={RESET} />
      <details className="text-sm">
        <summary className="cursor-pointer text-muted hover:text-accent">按地区分布</summary>
        <div className="mt-2">
          <PlaceChart caption={name ? `${name}各地结果数` : '各县(市、区)结果数'} rows={placeBreakdown(places.tree, counts, places.place)} link="filter" reset={RESET} />
        </div>
      </details>
    </div>
  )
}
