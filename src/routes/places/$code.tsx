import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, notFound } from '@tanstack/react-router'
import { NotFound } from '@/components/ui/not-found'
import { PlacePage } from '@/features/places/place-page'
import { catalogQueryOptions } from '@/lib/data/catalog-query'
import { usePlaceTree } from '@/lib/data/place-tree'
import { isPlaceCode } from '@/lib/places'

export const Route = createFileRoute('/places/$code')({
  loader: async ({ context: { queryClient }, params: { code } }) => {
    if (!isPlaceCode(code)) throw notFound()
    const catalog = await queryClient.ensureQueryData(catalogQueryOptions())
    if (!catalog.places.some((p) => p.code === code)) throw notFound()
  },
  component: function PlaceRoute() {
    const { code } = Route.useParams()
    const { data: catalog } = useSuspenseQuery(catalogQueryOptions())
    const tree = usePlaceTree()
    if (!tree.byCode.has(code)) return <NotFound />
    return <PlacePage catalog={catalog} tree={tree} code={code} />
  },
})
