import { useSuspenseQuery } from '@tanstack/react-query'
import type { Catalog } from '@/schema/bundle'
import { buildPlaceTree, type PlaceTree } from '@/lib/places'
import { catalogQueryOptions } from './catalog-query'

// A stable select function: Query memoizes its result, so the tree is built once per catalog.
const selectPlaceTree = (catalog: Catalog): PlaceTree => buildPlaceTree(catalog.places)

/** The catalog's place hierarchy. */
export function usePlaceTree(): PlaceTree {
  return useSuspenseQuery({ ...catalogQueryOptions(), select: selectPlaceTree }).data
}
