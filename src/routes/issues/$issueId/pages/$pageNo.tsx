import { createFileRoute, notFound } from '@tanstack/react-router'
import { PageScreen } from '@/features/reader/page-screen'
import { issueBodyQueryOptions } from '@/lib/data/issue-body-query'
import { findPageIndex } from '@/lib/data/locate'
import { issueEntryQueryOptions } from '@/lib/data/lookup-query'
import { assertParams } from '@/lib/params'

export const Route = createFileRoute('/issues/$issueId/pages/$pageNo')({
  loader: async ({ context: { queryClient }, params: { issueId, pageNo } }) => {
    assertParams({ ids: [issueId], pageNo })
    const issue = await queryClient.ensureQueryData(issueEntryQueryOptions(issueId))
    if (!issue || findPageIndex(issue.pages, pageNo) < 0) throw notFound()
    await queryClient.ensureQueryData(issueBodyQueryOptions(issueId))
  },
  component: function PageRoute() {
    const { issueId, pageNo } = Route.useParams()
    return <PageScreen issueId={issueId} pageNo={pageNo} />
  },
})
