import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute } from '@tanstack/react-router'
import { PlacesIndex } from '@/features/places/places-index'
import { libraryIndexQueryOptions } from '@/lib/data/library-index-query'
import { usePlaceTree } from '@/lib/data/place-tree'

export const Route = createFileRoute('/places/')({
  loader: ({ context: { queryClient } }) => queryClient.ensureQueryData(libraryIndexQueryOptions()),
  component: function PlacesRoute() {
    const { data: index } = useSuspenseQuery(libraryIndexQueryOptions())
    return <PlacesIndex index={index} tree={usePlaceTree()} />
  },
})
