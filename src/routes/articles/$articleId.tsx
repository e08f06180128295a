import { createFileRoute, notFound } from '@tanstack/react-router'
import { z } from 'zod/mini'
import { ArticleScreen } from '@/features/reader/article-screen'
import { issueBodyQueryOptions } from '@/lib/data/issue-body-query'
import { articleLocationQueryOptions, issueEntryQueryOptions } from '@/lib/data/lookup-query'
import { assertParams } from '@/lib/params'

/** Longest ?hl= text honoured; a longer one is cut, not rejected. */
const MAX_HIGHLIGHT = 40

// The router parses search values as JSON, so ?hl=2024 arrives as a number.
const articleSearch = z.object({
  hl: z.catch(
    z.optional(z.pipe(z.union([z.string(), z.pipe(z.number(), z.transform(String))]), z.transform((text: string) => text.trim().slice(0, MAX_HIGHLIGHT) || undefined))),
    undefined,
  ),
})

export const Route = createFileRoute('/articles/$articleId')({
  validateSearch: articleSearch,
  loader: async ({ context: { queryClient }, params: { articleId } }) => {
    assertParams({ ids: [articleId] })
    // One shard of the id map says where the article is printed; no table of every article is loaded.
    const location = await queryClient.ensureQueryData(articleLocationQueryOptions(articleId))
    if (!location) throw notFound()
    // The issue's entry (from index.json, or else from the body) and the body: the view suspends on neither.
    await Promise.all([queryClient.ensureQueryData(issueEntryQueryOptions(location.issueId)), queryClient.ensureQueryData(issueBodyQueryOptions(location.issueId))])
  },
  component: function ArticleRoute() {
    const { articleId } = Route.useParams()
    const { hl } = Route.useSearch()
    return <ArticleScreen articleId={articleId} highlight={hl} />
  },
})
