import { useSuspenseQuery } from '@tanstack/react-query'
import { NotFound } from '@/components/ui/not-found'
import { catalogQueryOptions } from '@/lib/data/catalog-query'
import { findIssue, findPageIndex, findPaper } from '@/lib/data/locate'
import { issueBodyQueryOptions } from '@/lib/data/issue-body-query'
import { PageView } from './page-view'

/** A page of an issue, read from the (already warmed) catalog and issue body queries. */
export function PageScreen({ issueId, pageNo }: { issueId: string; pageNo: string }) {
  const { data: catalog } = useSuspenseQuery(catalogQueryOptions())
  const { data: body } = useSuspenseQuery(issueBodyQueryOptions(issueId))
  const issue = findIssue(catalog, issueId)
  const pageIndex = issue ? findPageIndex(issue.pages, pageNo) : -1
  // The loaders throw notFound() first; this guards the component when used on its own.
  if (!issue || pageIndex < 0) return <NotFound />
  return <PageView paper={findPaper(catalog, issue.paperId)} issue={issue} body={body} pageIndex={pageIndex} />
}
