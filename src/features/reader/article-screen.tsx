import { useSuspenseQuery } from '@tanstack/react-query'
import type { Catalog, IssueSummary } from '@/schema/bundle'
import { NotFound } from '@/components/ui/not-found'
import { catalogQueryOptions } from '@/lib/data/catalog-query'
import { bodyPage, findPaper, locateArticle } from '@/lib/data/locate'
import { issueBodyQueryOptions } from '@/lib/data/issue-body-query'
import { ArticleView } from './article-view'

/** An article by id alone: the catalog says which issue and page print it, so a cold deep link works. */
export function ArticleScreen({ articleId, highlight }: { articleId: string; highlight?: string }) {
  const { data: catalog } = useSuspenseQuery(catalogQueryOptions())
  const location = locateArticle(catalog, articleId)
  // The loader throws notFound() first; this guards the component when used on its own.
  if (!location) return <NotFound />
  return <PrintedArticle catalog={catalog} articleId={articleId} highlight={highlight} {...location} />
}

function PrintedArticle(props: { catalog: Catalog; articleId: string; highlight?: string; issue: IssueSummary; pageIndex: number }) {
  const { catalog, articleId, highlight, issue, pageIndex } = props
  const { data: body } = useSuspenseQuery(issueBodyQueryOptions(issue.id))
  const article = bodyPage(issue, body, pageIndex)?.articles.find((a) => a.id === articleId)
  if (!article) return <NotFound />
  return <ArticleView paper={findPaper(catalog, issue.paperId)} issue={issue} body={body} pageIndex={pageIndex} article={article} highlight={highlight} />
}
