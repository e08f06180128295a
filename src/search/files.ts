// The search files the build emits next to the bundle (data/search/…): a small
// manifest (papers, places, and per shard its period, date range, papers and
// article count), then per shard (the issues of one calendar period) its text
// and facets as per-document columns and the FlexSearch index over that text,
// exported at build time. A document's id in the index is its position in the columns. Both
// files of a shard carry one content hash in their names, so a cached text can
// never meet another build's index. The shapes are zod schemas, like the
// bundle's own; the browser validates what it reads.
import { z } from 'zod/mini'
import { ArticleKind, PlaceEntry } from '../schema/bundle.ts'
import { normalize } from './normalize.ts'

export const SEARCH_VERSION = 4

export const ShardIssue = z.object({
  id: z.string(),
  paperId: z.string(),
  /** YYYY-MM-DD, or YYYY when only the year is known, or '' when undated. */
  date: z.string(),
})
export type ShardIssue = z.infer<typeof ShardIssue>

/** One column per field, one row per article; `issue` is a position in the shard's `issues`. */
export const ShardDocs = z.object({
  id: z.array(z.string()),
  issue: z.array(z.int().check(z.nonnegative())),
  /** The page as in URLs: 3, A2. */
  page: z.array(z.string()),
  /** The page as printed (3, A2), or '' when the paper printed no number (shown as 版次不详). */
  printed: z.array(z.string()),
  /** Division codes of the article's places, the main one first (for the place filter and its counts). */
  places: z.array(z.array(z.string())),
  kind: z.array(ArticleKind),
  kicker: z.array(z.string()),
  title: z.array(z.string()),
  subtitle: z.array(z.string()),
  /** Byline, paragraphs, captions, teaser pointer: everything but the headline. */
  body: z.array(z.string()),
})
export type ShardDocs = z.infer<typeof ShardDocs>

export const Shard = z.object({ version: z.literal(SEARCH_VERSION), issues: z.array(ShardIssue), docs: ShardDocs }).check(
  z.refine(({ issues, docs }) => Object.values(docs).every((column) => column.length === docs.id.length) && docs.issue.every((i) => i < issues.length), {
    message: 'shard columns differ in length or name a missing issue',
  }),
)
export type Shard = z.infer<typeof Shard>

/** A shard's FlexSearch index as `Index.export` gave it: [key, data] per chunk, for `Index.import`. */
export const ShardIndexFile = z.object({
  version: z.literal(SEARCH_VERSION),
  /** Documents indexed: the length of the shard's columns. */
  docs: z.int().check(z.nonnegative()),
  chunks: z.array(z.tuple([z.string(), z.string()])),
})
export type ShardIndexFile = z.infer<typeof ShardIndexFile>

export const ShardEntry = z.object({
  /** The shard's text (Shard). */
  file: z.string(),
  /** Its FlexSearch index (ShardIndexFile). */
  index: z.string(),
  /** The calendar period the shard covers: 2020s, 2024, 2024-H1, 2024-Q3, 2024-05, 2024-05-D2 (days 11–20), 2024-05-17, or undated. */
  period: z.string(),
  /** Newest and oldest date in the shard ('' when undated). */
  newest: z.string(),
  oldest: z.string(),
  /** Papers with issues in the shard. */
  papers: z.array(z.string()),
  issues: z.int(),
  /** Articles in the shard. */
  docs: z.int(),
  /** Bytes of both files. */
  bytes: z.int(),
})
export type ShardEntry = z.infer<typeof ShardEntry>

export const SearchManifest = z.object({
  version: z.literal(SEARCH_VERSION),
  papers: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The divisions the articles name, with their parents (for the place filter). */
  places: z.array(PlaceEntry),
  /** Newest first; undated shards last. */
  shards: z.array(ShardEntry),
})
export type SearchManifest = z.infer<typeof SearchManifest>

export interface FoldedDoc {
  /** Folded kicker, title and subtitle, one per line. */
  head: string
  /** The folded headline, a newline, the folded body: what a query must occur in. */
  text: string
}

/** Document `i`'s kicker, title and subtitle folded, one per line. */
export const foldHead = (docs: ShardDocs, i: number): string => normalize(`${docs.kicker[i]}\n${docs.title[i]}\n${docs.subtitle[i]}`)

/** Document `i`'s body folded: the column's own string where folding leaves it as it is (most Chinese text), not a copy. */
export function foldBody(docs: ShardDocs, i: number): string {
  const original = docs.body[i]!
  const folded = normalize(original)
  return folded === original ? original : folded
}

/** Document `i` folded as the index (at build time) and the exact check (in the browser, headline and body apart) both see it. */
export function foldDoc(docs: ShardDocs, i: number): FoldedDoc {
  const head = foldHead(docs, i)
  return { head, text: `${head}\n${foldBody(docs, i)}` }
}
