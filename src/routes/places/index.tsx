import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute } from '@tanstack/react-router'
import { PlacesIndex } from '@/features/places/places-index'
import { catalogQueryOptions } from '@/lib/data/catalog-query'
import { usePlaceTree } from '@/lib/data/place-tree'

export const Route = createFileRoute('/places/')({
  loader: ({ context: { queryClient } }) => queryClient.ensureQueryData(catalogQueryOptions()),
  component: function PlacesRoute() {
    const { data: catalog } = useSuspenseQuery(catalogQueryOptions())
    return <PlacesIndex catalog={catalog} tree={usePlaceTree()} />
  },
})
