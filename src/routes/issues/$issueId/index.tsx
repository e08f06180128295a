import { createFileRoute, notFound, redirect } from '@tanstack/react-router'
import { catalogQueryOptions } from '@/lib/data/catalog-query'
import { findIssue, pageNo } from '@/lib/data/locate'
import { assertParams } from '@/lib/params'

// An issue on its own has nothing to show but its first page.
export const Route = createFileRoute('/issues/$issueId/')({
  loader: async ({ context: { queryClient }, params: { issueId } }) => {
    assertParams({ ids: [issueId] })
    const issue = findIssue(await queryClient.ensureQueryData(catalogQueryOptions()), issueId)
    const first = issue?.pages[0]
    if (!first) throw notFound()
    throw redirect({
      to: '/issues/$issueId/pages/$pageNo',
      params: { issueId, pageNo: String(pageNo(first, 0)) },
      replace: true,
    })
  },
})
