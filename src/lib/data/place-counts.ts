import type { LibraryIndex, PlaceCount } from '@/schema/bundle'

/** Articles per place over the whole library (each paper's counts from index.json, summed: an article belongs to one paper). */
export function libraryPlaceCounts(index: LibraryIndex): Map<string, PlaceCount> {
  const counts = new Map<string, PlaceCount>()
  for (const archive of index.archives)
    for (const [code, [all, main]] of Object.entries(archive.placeCounts)) {
      const sum = counts.get(code) ?? [0, 0]
      counts.set(code, [sum[0] + all, sum[1] + main])
    }
  return counts
}

/** Just the article counts (sub-places included), as the charts and the filter take them. */
export function allCounts(counts: ReadonlyMap<string, PlaceCount>): Map<string, number> {
  return new Map([...counts].map(([code, [all]]) => [code, all]))
}
