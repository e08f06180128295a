import { queryOptions } from '@tanstack/react-query'
import { IssueBody } from '@/schema/bundle'
import { BundleLoadError, fetchBundleFile } from './fetch-bundle'
import { issueLocationQueryOptions } from './lookup-query'

export function issueBodyQueryOptions(issueId: string) {
  return queryOptions({
    queryKey: ['issue-body', issueId],
    queryFn: async ({ client, signal }) => {
      // The issue's location says where the body lives; it is cached, so this costs nothing after the first page.
      const found = await client.ensureQueryData(issueLocationQueryOptions(issueId))
      if (!found) throw new BundleLoadError(`issues/${issueId}`, 'not in the bundle')
      const body = await fetchBundleFile(found.body, IssueBody, signal)
      if (body.issueId !== issueId) throw new BundleLoadError(found.body, `holds issue ${body.issueId}`)
      return body
    },
    staleTime: Infinity,
  })
}
