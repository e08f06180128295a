import { queryOptions } from '@tanstack/react-query'
import { Catalog } from '@/schema/bundle'
import { fetchBundleFile } from './fetch-bundle'

export function catalogQueryOptions() {
  return queryOptions({
    queryKey: ['catalog'],
    queryFn: ({ signal }) => fetchBundleFile('catalog.json', Catalog, signal),
    // The bundle is static for the life of a deployment.
    staleTime: Infinity,
  })
}
