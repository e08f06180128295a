import { useSuspenseQuery } from '@tanstack/react-query'
import type { LibraryIndex } from '@/schema/bundle'
import { buildPlaceTree, type PlaceTree } from '@/lib/places'
import { libraryIndexQueryOptions } from './library-index-query'

// A stable select function: Query memoizes its result, so the tree is built once per index.
const selectPlaceTree = (index: LibraryIndex): PlaceTree => buildPlaceTree(index.places)

/** The bundle's place hierarchy. */
export function usePlaceTree(): PlaceTree {
  return useSuspenseQuery({ ...libraryIndexQueryOptions(), select: selectPlaceTree }).data
}
