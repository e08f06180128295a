import { queryOptions } from '@tanstack/react-query'
import { IssueBody } from '@/schema/bundle'
import { catalogQueryOptions } from './catalog-query'
import { BundleLoadError, fetchBundleFile } from './fetch-bundle'

export function issueBodyQueryOptions(issueId: string) {
  return queryOptions({
    queryKey: ['issue-body', issueId],
    queryFn: async ({ client, signal }) => {
      // The catalog says where the body lives; it is cached, so this costs nothing after the first page.
      const catalog = await client.ensureQueryData(catalogQueryOptions())
      const issue = catalog.issues.find((i) => i.id === issueId)
      if (!issue) throw new BundleLoadError(`issues/${issueId}`, 'not in the catalog')
      const body = await fetchBundleFile(issue.body, IssueBody, signal)
      if (body.issueId !== issueId) throw new BundleLoadError(issue.body, `holds issue ${body.issueId}`)
      return body
    },
    staleTime: Infinity,
  })
}
