// The id map: which issue prints an article, which paper-year holds an issue, and which paper-years have articles at a
// place, each from one small shard (index.json says where the shards are; src/schema/layout.ts which one).
import { type QueryClient, queryOptions } from '@tanstack/react-query'
import { type IssueEntry, LookupShard } from '@/schema/bundle'
import { shardPath } from '@/schema/layout'
import { fetchBundleFile } from './fetch-bundle'
import { libraryIndexQueryOptions, yearEntryOf } from './library-index-query'
import { paperYearQueryOptions } from './paper-year-query'

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

/** Where an article is printed, or null for an id the bundle does not have. */
export function articleLocationQueryOptions(articleId: string) {
  return queryOptions({
    queryKey: ['article-location', articleId],
    queryFn: async ({ client }): Promise<ArticleLocation | null> => {
      const found = own((await shardFor(client, articleId)).articles, articleId)
      if (!found) return null
      const [issueId, pageIndex, paperId, year] = found
      // The entry names the issue's paper and year, so the issue needs no shard of its own.
      client.setQueryData(issueLocationQueryOptions(issueId).queryKey, () => ({ paperId, year }))
      return { issueId, pageIndex, paperId, year }
    },
    staleTime: Infinity,
  })
}

/** The paper and year an issue is filed under, or null for an id the bundle does not have. */
function issueLocationQueryOptions(issueId: string) {
  return queryOptions({
    queryKey: ['issue-location', issueId],
    queryFn: async ({ client }): Promise<{ paperId: string; year: number | null } | null> => {
      const found = own((await shardFor(client, issueId)).issues, issueId)
      return found ? { paperId: found[0], year: found[1] } : null
    },
    staleTime: Infinity,
  })
}

/** An issue's entry (date, pages, body file) from its paper-year's file, or null for an id the bundle does not have. */
export function issueEntryQueryOptions(issueId: string) {
  return queryOptions({
    queryKey: ['issue-entry', issueId],
    queryFn: async ({ client }): Promise<IssueEntry | null> => {
      // The latest issues are in index.json already: the home page's front page needs no shard and no year list.
      const index = await client.ensureQueryData(libraryIndexQueryOptions())
      const latest = index.latest.find((i) => i.id === issueId)
      if (latest) return latest
      const found = await client.ensureQueryData(issueLocationQueryOptions(issueId))
      if (!found) return null
      const year = yearEntryOf(index, found.paperId, found.year)
      if (!year) return null
      const list = await client.ensureQueryData(paperYearQueryOptions(year.file))
      return list.issues.find((i) => i.id === issueId) ?? null
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
