// The search files the build emits next to the bundle (data/search/…): a small
// manifest, then shards of the archive's searchable text, newest issues first,
// so the first query can run after one small download. The shapes are zod
// schemas, like the bundle's own; the browser validates what it reads.
import { z } from 'zod'
import { ArticleKind } from '../schema/bundle.ts'

export const SEARCH_VERSION = 2

/** One article as the search sees it: [id, page (as in URLs: 3, A2), kind, kicker, title, subtitle, body]. */
export const ShardDoc = z.tuple([z.string(), z.string(), ArticleKind, z.string(), z.string(), z.string(), z.string()])
export type ShardDoc = z.infer<typeof ShardDoc>

export const ShardIssue = z.object({
  id: z.string(),
  paperId: z.string(),
  /** YYYY-MM-DD, or YYYY when only the year is known, or '' when undated. */
  date: z.string(),
  docs: z.array(ShardDoc),
})
export type ShardIssue = z.infer<typeof ShardIssue>

export const Shard = z.object({ version: z.literal(SEARCH_VERSION), issues: z.array(ShardIssue) })
export type Shard = z.infer<typeof Shard>

export const ShardEntry = z.object({
  file: z.string(),
  /** Newest and oldest date in the shard ('' when undated). */
  newest: z.string(),
  oldest: z.string(),
  issueIds: z.array(z.string()),
  docs: z.number().int(),
  bytes: z.number().int(),
})
export type ShardEntry = z.infer<typeof ShardEntry>

export const SearchManifest = z.object({
  version: z.literal(SEARCH_VERSION),
  papers: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Newest first. */
  shards: z.array(ShardEntry),
})
export type SearchManifest = z.infer<typeof SearchManifest>
