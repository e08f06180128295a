import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, notFound } from '@tanstack/react-router'
import { NotFound } from '@/components/ui/not-found'
import { PaperIssues } from '@/features/issues/paper-issues'
import { catalogQueryOptions } from '@/lib/data/catalog-query'
import { findPaper, paperIssues } from '@/lib/data/locate'
import { assertParams } from '@/lib/params'

export const Route = createFileRoute('/papers/$paperId')({
  loader: async ({ context: { queryClient }, params: { paperId } }) => {
    assertParams({ ids: [paperId] })
    if (!findPaper(await queryClient.ensureQueryData(catalogQueryOptions()), paperId)) throw notFound()
  },
  component: function PaperRoute() {
    const { paperId } = Route.useParams()
    const { data: catalog } = useSuspenseQuery(catalogQueryOptions())
    const paper = findPaper(catalog, paperId)
    if (!paper) return <NotFound />
    return <PaperIssues paper={paper} issues={paperIssues(catalog, paperId)} />
  },
})
