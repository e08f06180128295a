import { createFileRoute, notFound } from '@tanstack/react-router'
import { ArticleScreen } from '@/features/reader/article-screen'
import { catalogQueryOptions } from '@/lib/data/catalog-query'
import { issueBodyQueryOptions } from '@/lib/data/issue-body-query'
import { locateArticle } from '@/lib/data/locate'

export const Route = createFileRoute('/articles/$articleId')({
  loader: async ({ context: { queryClient }, params: { articleId } }) => {
    const location = locateArticle(await queryClient.ensureQueryData(catalogQueryOptions()), articleId)
    if (!location) throw notFound()
    await queryClient.ensureQueryData(issueBodyQueryOptions(location.issue.id))
  },
  component: function ArticleRoute() {
    const { articleId } = Route.useParams()
    return <ArticleScreen articleId={articleId} />
  },
})
