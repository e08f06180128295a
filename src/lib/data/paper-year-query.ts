import { queryOptions } from '@tanstack/react-query'
import { PaperYear, PaperYearPlaces } from '@/schema/bundle'
import { BundleLoadError, fetchBundleFile } from './fetch-bundle'

/** One paper's issues of one year (a content-hashed file the index names): the archive list, the calendar, 期次. */
export function paperYearQueryOptions(file: string) {
  return queryOptions({
    queryKey: ['paper-year', file],
    queryFn: ({ signal }) => fetchBundleFile(file, PaperYear, signal),
    staleTime: Infinity,
  })
}

/** One paper-year's articles that name a place (the place views, the archive's locality filter). */
export function paperYearPlacesQueryOptions(file: string) {
  return queryOptions({
    queryKey: ['paper-year-places', file],
    queryFn: ({ signal }) => fetchBundleFile(file, PaperYearPlaces, signal),
    staleTime: Infinity,
  })
}

export { BundleLoadError }
