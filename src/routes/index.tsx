import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute } from '@tanstack/react-router'
import { IssueList } from '@/features/issues/issue-list'
import { PageScreen } from '@/features/reader/page-screen'
import { issueBodyQueryOptions } from '@/lib/data/issue-body-query'
import { libraryIndexQueryOptions } from '@/lib/data/library-index-query'
import { pageNo } from '@/lib/data/locate'
import { issueEntryQueryOptions } from '@/lib/data/lookup-query'

export const Route = createFileRoute('/')({
  loader: async ({ context: { queryClient } }) => {
    const index = await queryClient.ensureQueryData(libraryIndexQueryOptions())
    const newest = index.latest[0]
    if (newest) await Promise.all([queryClient.ensureQueryData(issueEntryQueryOptions(newest.id)), queryClient.ensureQueryData(issueBodyQueryOptions(newest.id))])
  },
  component: HomePage,
})

/** The newest issue's front page, then every paper with its latest issues; on a phone the papers come first. */
function HomePage() {
  const { data: index } = useSuspenseQuery(libraryIndexQueryOptions())
  const newest = index.latest[0]
  const front = newest?.pages[0]
  return (
    <div className="flex flex-col gap-12">
      {newest && front ? (
        <section aria-label="最新一期头版">
          <PageScreen issueId={newest.id} pageNo={String(pageNo(front, 0))} />
        </section>
      ) : (
        <p className="py-12 text-center text-muted">报库中还没有可阅读的期次。</p>
      )}
      <div className="border-t-4 border-double border-ink pt-6 max-md:order-first">
        <IssueList index={index} />
      </div>
    </div>
  )
}
