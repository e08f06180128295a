// Which shards a search reads, and in what order, from the manifest alone: the date, paper and issue filters against
// each shard's dates and papers; newest first, or oldest first for the oldest-first sort. A module with no index code, so
// the search worker's entry can tell which files a search reads first before that code has loaded (search.worker.ts).
import type { SearchFilters, SortOrder } from './engine.ts'
import type { SearchManifest, ShardEntry } from './files.ts'

/** Whether an issue date (at its own precision) lies within [from, to]. */
export function inDateRange(date: string, from?: string, to?: string): boolean {
  if (!from && !to) return true
  if (!date) return false
  if (from && date < from.slice(0, date.length)) return false
  if (to && date > to.slice(0, date.length)) return false
  return true
}

/** The date an issue id names (ingest ids are `YYYY-MM-DD-paper` or `YYYY-paper`), if any. */
function issueIdDate(issueId: string): string | undefined {
  return /^(\d{4}-\d{2}-\d{2}|\d{4})-/.exec(issueId)?.[1]
}

/** Whether a shard could hold matches under these filters, from the manifest alone. */
export function shardMayMatch(entry: ShardEntry, f: SearchFilters): boolean {
  if (f.paperId && !entry.papers.includes(f.paperId)) return false
  const undated = !entry.newest
  if ((f.from || f.to) && undated) return false
  if (f.from && !undated && entry.newest < f.from.slice(0, entry.newest.length)) return false
  if (f.to && !undated && entry.oldest > f.to.slice(0, entry.oldest.length)) return false
  const day = f.issueId ? issueIdDate(f.issueId) : undefined
  if (day && (undated || !inDateRange(day, entry.oldest, entry.newest))) return false
  return true
}

/** Shards (positions in the manifest) that could hold matches, in the order a run searches them. */
export function shardPlan(manifest: SearchManifest, filters: SearchFilters = {}, sort: SortOrder = 'relevance'): number[] {
  const plan = manifest.shards.flatMap((entry, i) => (shardMayMatch(entry, filters) ? [i] : []))
  if (sort !== 'oldest') return plan
  // Oldest first: dated shards from the oldest end, undated ones still last (they sort last).
  const dated = plan.filter((i) => manifest.shards[i]!.newest)
  return [...dated.reverse(), ...plan.filter((i) => !manifest.shards[i]!.newest)]
}

