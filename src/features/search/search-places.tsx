// The locality filter on the search results. The worker counts the matches per
// place over each document's place codes in the shards (never sending ids to the
// page), under every filter but the place, so each count is the number of
// results choosing that place gives.
import { useMemo } from 'react'
import type { PlaceEntry } from '@/schema/bundle'
import type { SearchResponse } from '@/search/engine'
import { PlaceChart } from '@/components/ui/place-chart'
import { PlaceFilter } from '@/components/ui/place-filter'
import { buildPlaceTree, placeBreakdown } from '@/lib/places'

/** Changing the place starts again at the first result page. */
const RESET = ['p']

export function SearchPlaceFilter({ places, response }: { places: readonly PlaceEntry[]; response: SearchResponse }) {
  const tree = useMemo(() => buildPlaceTree(places), [places])
  const counts = useMemo(() => new Map(Object.entries(response.facets.places)), [response.facets.places])
  if (counts.size === 0 && !response.place) return null
  const name = response.place ? tree.byCode.get(response.place)?.name : undefined
  return (
    <div className="mt-3 space-y-4 border-y border-rule py-3">
      <PlaceFilter tree={tree} counts={counts} total={response.facets.placeTotal} selected={response.place} reset={RESET} />
      <details className="text-sm">
        <summary className="cursor-pointer text-muted hover:text-accent">按地区分布</summary>
        <div className="mt-2">
          <PlaceChart caption={name ? `${name}各地结果数` : '各县(市、区)结果数'} rows={placeBreakdown(tree, counts, response.place)} link="filter" reset={RESET} />
        </div>
      </details>
    </div>
  )
}
