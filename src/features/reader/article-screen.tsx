import { useSuspenseQuery } from '@tanstack/react-query'
import { NotFound } from '@/components/ui/not-found'
import { issueBodyQueryOptions } from '@/lib/data/issue-body-query'
import { libraryIndexQueryOptions } from '@/lib/data/library-index-query'
import { bodyPage, findPaper } from '@/lib/data/locate'
import { articleLocationQueryOptions, issueEntryQueryOptions } from '@/lib/data/lookup-query'
import { ArticleView } from './article-view'

/** An article by id alone: the id map says which issue and page print it, so a cold deep link works. */
export function ArticleScreen({ articleId, highlight }: { articleId: string; highlight?: string }) {
  const { data: location } = useSuspenseQuery(articleLocationQueryOptions(articleId))
  // The loader throws notFound() first; this guards the component when used on its own.
  if (!location) return <NotFound />
  return <PrintedArticle articleId={articleId} highlight={highlight} issueId={location.issueId} pageIndex={location.pageIndex} />
}

function PrintedArticle({ articleId, highlight, issueId, pageIndex }: { articleId: string; highlight?: string; issueId: string; pageIndex: number }) {
  const { data: index } = useSuspenseQuery(libraryIndexQueryOptions())
  const { data: issue } = useSuspenseQuery(issueEntryQueryOptions(issueId))
  const { data: body } = useSuspenseQuery(issueBodyQueryOptions(issueId))
  const article = issue && bodyPage(issue, body, pageIndex)?.articles.find((a) => a.id === articleId)
  if (!issue || !article) return <NotFound />
  return <ArticleView paper={findPaper(index, issue.paperId)} issue={issue} body={body} pageIndex={pageIndex} article={article} highlight={highlight} />
}
