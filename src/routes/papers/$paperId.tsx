import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, notFound } from '@tanstack/react-router'
import { z } from 'zod'
import { NotFound } from '@/components/ui/not-found'
import { PaperIssues } from '@/features/issues/paper-issues'
import { PaperPlaces } from '@/features/places/paper-places'
import { catalogArticles } from '@/lib/data/catalog-articles'
import { catalogQueryOptions } from '@/lib/data/catalog-query'
import { findPaper, paperIssues } from '@/lib/data/locate'
import { usePlaceTree } from '@/lib/data/place-tree'
import { assertParams } from '@/lib/params'
import { filterByPlace, placeCode, placeSearchParam } from '@/lib/places'

export const Route = createFileRoute('/papers/$paperId')({
  // ?place=<division code> narrows the archive to the issues with articles there; an unknown code is ignored.
  validateSearch: z.object({ place: placeSearchParam }),
  loader: async ({ context: { queryClient }, params: { paperId } }) => {
    assertParams({ ids: [paperId] })
    if (!findPaper(await queryClient.ensureQueryData(catalogQueryOptions()), paperId)) throw notFound()
  },
  component: function PaperRoute() {
    const { paperId } = Route.useParams()
    const { data: catalog } = useSuspenseQuery(catalogQueryOptions())
    const tree = usePlaceTree()
    const place = placeCode(tree, Route.useSearch().place)
    const paper = findPaper(catalog, paperId)
    if (!paper) return <NotFound />
    const issues = paperIssues(catalog, paperId)
    const articles = catalogArticles(issues)
    const matching = filterByPlace(tree, articles, place, (e) => e.article.places)
    const shown = place ? issues.filter((issue) => matching.some((e) => e.issue === issue)) : issues
    return (
      <PaperIssues paper={paper} issues={shown}>
        <PaperPlaces catalog={catalog} paper={paper} tree={tree} articles={articles} matching={matching} place={place} />
      </PaperIssues>
    )
  },
})
