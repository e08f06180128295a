// How the split catalog's files are found: shared by the writer (src/ingest/split.ts) and the app (src/lib/data), so
// both compute the same shard of the id map and the same day bits. Pure: no Node, no DOM.

/** FNV-1a over the key's UTF-16 code units, as 8 hex digits: cheap, stable, and the same in Node and every browser. */
export function keyHash(key: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

/** The id-map shard a key (article id, issue id, place code) lives in. */
export function shardOf(key: string, prefix: number): string {
  return keyHash(key).slice(0, prefix)
}

/** The path of that shard, relative to the bundle root. */
export function shardPath(lookup: { dir: string; prefix: number }, key: string): string {
  return `${lookup.dir}/${shardOf(key, lookup.prefix)}.json`
}

/** An issue's body file, relative to the bundle root: named by its issue and the digest of its content. */
export function bodyPath(issueId: string, digest: string): string {
  return `issues/${issueId}.${digest}.json`
}

/** The digest in a body file's name (bodyPath), or '' for a path not so named. */
export function bodyFileDigest(issueId: string, path: string): string {
  const prefix = `issues/${issueId}.`
  return path.startsWith(prefix) && path.endsWith('.json') ? path.slice(prefix.length, -'.json'.length) : ''
}

/** The year an issue is filed under: its date's, else its inferred year, else null (日期不详). */
export function issueYear(issue: { date?: string; year?: number }): number | null {
  if (issue.date) return Number(issue.date.slice(0, 4))
  return issue.year ?? null
}

/** A year as it appears in file names and URLs. */
export function yearSlug(year: number | null): string {
  return year === null ? 'undated' : String(year)
}

/** 1-based day of the year of an ISO date, or undefined when it is no real date (2023-02-29). */
export function dayOfYear(iso: string): number | undefined {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const time = Date.UTC(y, m - 1, d)
  const date = new Date(time)
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined
  return Math.round((time - Date.UTC(y, 0, 1)) / 86_400_000) + 1
}

/** Days of the year (1-based) as a hex bitmap: day n is bit (n-1) % 4 of hex digit ⌊(n-1)/4⌋. Trailing zero digits dropped. */
export function dayBitmap(days: Iterable<number>): string {
  const digits: number[] = []
  for (const day of days) {
    const at = Math.floor((day - 1) / 4)
    while (digits.length <= at) digits.push(0)
    digits[at]! |= 1 << (day - 1) % 4
  }
  return digits.map((d) => d.toString(16)).join('')
}

export function hasDay(bitmap: string, day: number): boolean {
  const digit = bitmap[Math.floor((day - 1) / 4)]
  return digit !== undefined && (parseInt(digit, 16) & (1 << (day - 1) % 4)) !== 0
}
