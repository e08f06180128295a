import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute } from '@tanstack/react-router'
import { IssueList } from '@/features/issues/issue-list'
import { PageScreen } from '@/features/reader/page-screen'
import { catalogQueryOptions } from '@/lib/data/catalog-query'
import { issueBodyQueryOptions } from '@/lib/data/issue-body-query'
import { pageNo } from '@/lib/data/locate'

export const Route = createFileRoute('/')({
  loader: async ({ context: { queryClient } }) => {
    const catalog = await queryClient.ensureQueryData(catalogQueryOptions())
    const newest = catalog.issues[0]
    if (newest) await queryClient.ensureQueryData(issueBodyQueryOptions(newest.id))
  },
  component: HomePage,
})

/** The newest issue's front page, then every paper and issue in the library; on a phone the papers come first. */
function HomePage() {
  const { data: catalog } = useSuspenseQuery(catalogQueryOptions())
  const newest = catalog.issues[0]
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
        <IssueList catalog={catalog} />
      </div>
    </div>
  )
}
