import { createFileRoute, notFound, redirect } from '@tanstack/react-router'
import { pageNo } from '@/lib/data/locate'
import { issueEntryQueryOptions } from '@/lib/data/lookup-query'
import { assertParams } from '@/lib/params'

// An issue on its own has nothing to show but its first page.
export const Route = createFileRoute('/issues/$issueId/')({
  loader: async ({ context: { queryClient }, params: { issueId } }) => {
    assertParams({ ids: [issueId] })
    const issue = await queryClient.ensureQueryData(issueEntryQueryOptions(issueId))
    const first = issue?.pages[0]
    if (!first) throw notFound()
    throw redirect({
      to: '/issues/$issueId/pages/$pageNo',
      params: { issueId, pageNo: String(pageNo(first, 0)) },
      replace: true,
    })
  },
})
