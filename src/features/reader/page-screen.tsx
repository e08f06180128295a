import { useSuspenseQuery } from '@tanstack/react-query'
import { NotFound } from '@/components/ui/not-found'
import { issueBodyQueryOptions } from '@/lib/data/issue-body-query'
import { libraryIndexQueryOptions } from '@/lib/data/library-index-query'
import { findPageIndex, findPaper } from '@/lib/data/locate'
import { issueEntryQueryOptions } from '@/lib/data/lookup-query'
import { PageView } from './page-view'

/** A page of an issue, read from the (already warmed) index, issue entry and issue body queries. */
export function PageScreen({ issueId, pageNo }: { issueId: string; pageNo: string }) {
  const { data: index } = useSuspenseQuery(libraryIndexQueryOptions())
  const { data: issue } = useSuspenseQuery(issueEntryQueryOptions(issueId))
  const { data: body } = useSuspenseQuery(issueBodyQueryOptions(issueId))
  const pageIndex = issue ? findPageIndex(issue.pages, pageNo) : -1
  // The loaders throw notFound() first; this guards the component when used on its own.
  if (!issue || pageIndex < 0) return <NotFound />
  return <PageView paper={findPaper(index, issue.paperId)} issue={issue} body={body} pageIndex={pageIndex} />
}
