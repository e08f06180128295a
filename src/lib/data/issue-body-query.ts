import { queryOptions } from '@tanstack/react-query'
import { IssueBody } from '@/schema/bundle'
import { BundleLoadError, fetchBundleFile } from './fetch-bundle'
import { issueEntryQueryOptions } from './lookup-query'

export function issueBodyQueryOptions(issueId: string) {
  return queryOptions({
    queryKey: ['issue-body', issueId],
    queryFn: async ({ client, signal }) => {
      // The issue's entry says where the body lives; it is cached, so this costs nothing after the first page.
      const issue = await client.ensureQueryData(issueEntryQueryOptions(issueId))
      if (!issue) throw new BundleLoadError(`issues/${issueId}`, 'not in the bundle')
      const body = await fetchBundleFile(issue.body, IssueBody, signal)
      if (body.issueId !== issueId) throw new BundleLoadError(issue.body, `holds issue ${body.issueId}`)
      return body
    },
    staleTime: Infinity,
  })
}
