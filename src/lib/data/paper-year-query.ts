import { queryOptions } from '@tanstack/react-query'
import { PaperYear, PlacedArticles } from '@/schema/bundle'
import { fetchBundleFile } from './fetch-bundle'

/** One paper's issues of one year (a content-hashed file the index names): the archive list, the calendar, 期次. */
export function paperYearQueryOptions(file: string) {
  return queryOptions({
    queryKey: ['paper-year', file],
    queryFn: ({ signal }) => fetchBundleFile(file, PaperYear, signal),
    staleTime: Infinity,
  })
}

/** One paper-month's articles that name a place (the place views, the archive's locality filter). */
export function placedArticlesQueryOptions(file: string) {
  return queryOptions({
    queryKey: ['placed-articles', file],
    queryFn: ({ signal }) => fetchBundleFile(file, PlacedArticles, signal),
    staleTime: Infinity,
  })
}
