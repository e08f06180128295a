// The id map: which issue prints an article, which paper-year holds an issue, and which paper-years have articles at a
// place, each from one small shard (index.json says where the shards are; src/schema/layout.ts which one).
import { type QueryClient, queryOptions } from '@tanstack/react-query'
import { type IssueEntry, issueEntryOf, LookupShard } from '@/schema/bundle'
import { bodyPath, issueYear, shardPath } from '@/schema/layout'
import { fetchBundleFile } from './fetch-bundle'
import { issueBodyQueryOptions } from './issue-body-query'
import { libraryIndexQueryOptions } from './library-index-query'

function shardQueryOptions(path: string) {
  return queryOptions({
    queryKey: ['lookup-shard', path],
    queryFn: ({ signal }) => fetchBundleFile(path, LookupShard, signal),
    staleTime: Infinity,
  })
}

async function shardFor(client: QueryClient, key: string): Promise<LookupShard> {
  const index = await client.ensureQueryData(libraryIndexQueryOptions())
  return client.ensureQueryData(shardQueryOptions(shardPath(index.lookup, key)))
}

// Own properties only: an id such as "constructor" or "__proto__" is not in the map.
const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined)

export interface ArticleLocation {
  issueId: string
  pageIndex: number
  paperId: string
  year: number | null
}

/** The issue's entry among index.json's latest issues, when it is one of them (the app needs no shard for those). */
async function latestEntry(client: QueryClient, issueId: string): Promise<IssueEntry | undefined> {
  return (await client.ensureQueryData(libraryIndexQueryOptions())).latest.find((i) => i.id === issueId)
}

/** Where an issue is filed: its paper and year, and its body's file (layout.ts bodyPath). */
interface IssueLocation {
  paperId: string
  year: number | null
  body: string
}

/** Where an article is printed, or null for an id the bundle does not have. */
export function articleLocationQueryOptions(articleId: string) {
  return queryOptions({
    queryKey: ['article-location', articleId],
    queryFn: async ({ client }): Promise<ArticleLocation | null> => {
      const found = own((await shardFor(client, articleId)).articles, articleId)
      if (!found) return null
      const [issueId, pageIndex, paperId, year, digest] = found
      // The entry names the issue's paper, year and body, so the issue needs no shard of its own.
      client.setQueryData(issueLocationQueryOptions(issueId).queryKey, () => ({ paperId, year, body: bodyPath(issueId, digest) }))
      return { issueId, pageIndex, paperId, year }
    },
    staleTime: Infinity,
  })
}

/** The paper, year and body file of an issue, or null for an id the bundle does not have. */
export function issueLocationQueryOptions(issueId: string) {
  return queryOptions({
    queryKey: ['issue-location', issueId],
    queryFn: async ({ client }): Promise<IssueLocation | null> => {
      // The latest issues are in index.json already: the home page's front page needs no shard.
      const latest = await latestEntry(client, issueId)
      if (latest) return { paperId: latest.paperId, year: issueYear(latest), body: latest.body }
      const found = own((await shardFor(client, issueId)).issues, issueId)
      return found ? { paperId: found[0], year: found[1], body: bodyPath(issueId, found[2]) } : null
    },
    staleTime: Infinity,
  })
}

/**
 * An issue's entry (date, pages, body file), or null for an id the bundle does not have: from index.json for the latest
 * issues, else from the issue's body, which a page or an article needs anyway; the paper-year's issue list, 40–50 KB at
 * any archive size, is left to the issue navigation, after the text.
 */
export function issueEntryQueryOptions(issueId: string) {
  return queryOptions({
    queryKey: ['issue-entry', issueId],
    queryFn: async ({ client }): Promise<IssueEntry | null> => {
      const latest = await latestEntry(client, issueId)
      if (latest) return latest
      const found = await client.ensureQueryData(issueLocationQueryOptions(issueId))
      if (!found) return null
      return issueEntryOf(await client.ensureQueryData(issueBodyQueryOptions(issueId)), found.body)
    },
    staleTime: Infinity,
  })
}

export interface PlaceMonth {
  paperId: string
  year: number | null
  month: number | null
  /** Articles at the place or below it, and those mainly about it. */
  count: number
  main: number
}

/** The paper-months with articles at a place (empty for a place no article names). */
export function placeMonthsQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['place-months', code],
    queryFn: async ({ client }): Promise<PlaceMonth[]> =>
      (own((await shardFor(client, code)).places, code) ?? []).map(([paperId, year, month, count, main]) => ({ paperId, year, month, count, main })),
    staleTime: Infinity,
  })
}
