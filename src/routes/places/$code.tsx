import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, notFound } from '@tanstack/react-router'
import { z } from 'zod/mini'
import { NotFound } from '@/components/ui/not-found'
import { PlacePage } from '@/features/places/place-page'
import { libraryIndexQueryOptions } from '@/lib/data/library-index-query'
import { placeMonthsQueryOptions } from '@/lib/data/lookup-query'
import { usePlaceTree } from '@/lib/data/place-tree'
import { isPlaceCode } from '@/lib/places'

export const Route = createFileRoute('/places/$code')({
  // ?year= (or undated) and ?month= choose the month whose articles are listed; a bad value falls back to the newest.
  validateSearch: z.object({
    year: z.catch(z.optional(z.union([z.int().check(z.gte(1)).check(z.lte(9999)), z.literal('undated')])), undefined),
    month: z.catch(z.optional(z.int().check(z.gte(1)).check(z.lte(12))), undefined),
  }),
  loader: async ({ context: { queryClient }, params: { code } }) => {
    if (!isPlaceCode(code)) throw notFound()
    const index = await queryClient.ensureQueryData(libraryIndexQueryOptions())
    if (!index.places.some((p) => p.code === code)) throw notFound()
    await queryClient.ensureQueryData(placeMonthsQueryOptions(code))
  },
  component: function PlaceRoute() {
    const { code } = Route.useParams()
    const { year, month } = Route.useSearch()
    const { data: index } = useSuspenseQuery(libraryIndexQueryOptions())
    const tree = usePlaceTree()
    if (!tree.byCode.has(code)) return <NotFound />
    return <PlacePage index={index} tree={tree} code={code} year={year} month={month} />
  },
})
