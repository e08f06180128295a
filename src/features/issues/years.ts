import type { PaperArchive } from '@/schema/bundle'

/** 2015–2024年, or 2024年, from the dated years of an archive (undefined when none is dated). */
export function yearRange(archive: PaperArchive): string | undefined {
  const years = archive.years.flatMap((y) => (y.year === null ? [] : [y.year]))
  if (years.length === 0) return undefined
  const first = Math.min(...years)
  const last = Math.max(...years)
  return first === last ? `${first}年` : `${first}–${last}年`
}
