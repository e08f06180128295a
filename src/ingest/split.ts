// The split catalog (schema: LibraryIndex and the files it names): cuts the assembled catalog into a small index.json,
// one issue list per paper and year, one file of placed articles per paper and month, and a sharded id map, so that no
// route loads a file that grows with the archive. Pure: catalog in, files out.
import { createHash } from 'node:crypto'
// With the extension: the Vite config bundles this file (through the bundle plugin) and resolves it natively.
import {
  BUNDLE_VERSION,
  type Catalog,
  type IssueEntry,
  type IssueSummary,
  type LibraryIndex,
  type LookupShard,
  type PaperArchive,
  type PaperYear,
  type PlaceCount,
  type PlacedArticle,
  type PlacedArticles,
  type YearEntry,
} from '../schema/bundle.ts'
import { dayBitmap, dayOfYear, issueYear, shardOf, yearSlug } from '../schema/layout.ts'

/** Issues per paper on the home page. */
export const LATEST_PER_PAPER = 3
/** Keys per id-map shard at most (on average): a shard stays a few KB at any archive size. */
const KEYS_PER_SHARD = 512

const hash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 10)

/** The hex-digit prefix length that keeps `keys` keys within KEYS_PER_SHARD per shard on average (at least 1). */
export function shardPrefix(keys: number): number {
  let prefix = 1
  while (keys / 16 ** prefix > KEYS_PER_SHARD && prefix < 6) prefix++
  return prefix
}

const readable = <T extends { kind: string }>(articles: readonly T[]) => articles.filter((a) => a.kind !== 'masthead')

/** An issue without its article summaries; `withLeads` names each page's lead story (the home page shows them). */
function issueEntry({ pages, ...issue }: IssueSummary, withLeads = false): IssueEntry {
  return {
    ...issue,
    pages: pages.map(({ articles, ...page }) => {
      const shown = readable(articles)
      const lead = withLeads ? (shown.find((a) => a.kind === 'news' || a.kind === 'commentary') ?? shown.find((a) => a.title))?.title : undefined
      return lead ? { ...page, lead } : page
    }),
  }
}

/** An article's places as counted: every place they lie in, each once, and whether it holds the main (first) place. */
type Coverage = [code: string, main: boolean][]

/** Counts articles per place as the place views do: a place counts its sub-places' articles, each article once. */
class PlaceCounter {
  readonly counts = new Map<string, PlaceCount>()
  constructor(private readonly coverageOf: (places: readonly string[]) => Coverage) {}
  add(places: readonly string[]): void {
    for (const [code, main] of this.coverageOf(places)) {
      let count = this.counts.get(code)
      if (!count) this.counts.set(code, (count = [0, 0]))
      count[0]++
      if (main) count[1]++
    }
  }
}

/** The files of the split catalog, given the catalog with each issue's body already at its final (hashed) path. */
export function* splitCatalog(catalog: Catalog): Generator<[string, string]> {
  const parents = new Map(catalog.places.map((p) => [p.code, p.parent]))
  const chains = new Map<string, string[]>()
  const chainOf = (code: string): string[] => {
    let chain = chains.get(code)
    if (!chain) {
      chain = []
      for (let at: string | undefined = code; at !== undefined && !chain.includes(at); at = parents.get(at)) chain.push(at)
      chains.set(code, chain)
    }
    return chain
  }
  // Articles repeat a few thousand place lists at most: each list's coverage is worked out once.
  const coverages = new Map<string, Coverage>()
  const coverageOf = (places: readonly string[]): Coverage => {
    const key = places.join(',')
    let coverage = coverages.get(key)
    if (!coverage) {
      const main = new Set(places[0] === undefined ? [] : chainOf(places[0]))
      coverage = [...new Set(places.flatMap(chainOf))].map((code) => [code, main.has(code)])
      coverages.set(key, coverage)
    }
    return coverage
  }

  const lookup: LookupShard = { articles: {}, issues: {}, places: {} }
  const archives: PaperArchive[] = []
  const latest: IssueSummary[] = []
  for (const paper of catalog.papers) {
    // The catalog lists issues newest first, the unknown year last: so do the years.
    const years = new Map<number | null, IssueSummary[]>()
    let newest = 0
    for (const issue of catalog.issues) {
      if (issue.paperId !== paper.id) continue
      const year = issueYear(issue)
      const list = years.get(year)
      if (list) list.push(issue)
      else years.set(year, [issue])
      if (newest++ < LATEST_PER_PAPER) latest.push(issue)
    }
    const paperCounter = new PlaceCounter(coverageOf)
    const archive: PaperArchive = { paperId: paper.id, years: [], articles: 0, tagged: 0, placeCounts: {} }
    for (const [year, issues] of years) {
      const slug = yearSlug(year)
      // Placed articles and their place counts by month (issues of a year known only by its year: month null).
      const months = new Map<number | null, { counter: PlaceCounter; articles: PlacedArticle[] }>()
      const days: number[] = []
      for (const issue of issues) {
        lookup.issues[issue.id] = [paper.id, year]
        const day = issue.date ? dayOfYear(issue.date) : undefined
        if (day !== undefined) days.push(day)
        const month = issue.date ? Number(issue.date.slice(5, 7)) : null
        issue.pages.forEach((page, pageIndex) => {
          for (const article of page.articles) {
            lookup.articles[article.id] = [issue.id, pageIndex, paper.id, year]
            if (article.kind === 'masthead') continue
            archive.articles++
            if (!article.places?.length) continue
            archive.tagged++
            paperCounter.add(article.places)
            let bucket = months.get(month)
            if (!bucket) months.set(month, (bucket = { counter: new PlaceCounter(coverageOf), articles: [] }))
            bucket.counter.add(article.places)
            bucket.articles.push({ ...article, places: article.places, issueId: issue.id, page: pageIndex })
          }
        })
      }
      const places: PaperYear['places'] = []
      for (const [month, { counter, articles }] of months) {
        const file: PlacedArticles = { version: BUNDLE_VERSION, paperId: paper.id, year, month, articles }
        const json = JSON.stringify(file)
        const path = `places/${paper.id}/${month === null ? slug : `${slug}-${String(month).padStart(2, '0')}`}.${hash(json)}.json`
        yield [path, json]
        places.push({ month, file: path })
        for (const [code, [all, main]] of counter.counts) (lookup.places[code] ??= []).push([paper.id, year, month, all, main])
      }
      const list: PaperYear = { version: BUNDLE_VERSION, paperId: paper.id, year, issues: issues.map((i) => issueEntry(i)), places }
      const listJson = JSON.stringify(list)
      const entry: YearEntry = { year, issues: issues.length, file: `years/${paper.id}/${slug}.${hash(listJson)}.json`, days: dayBitmap(days) }
      yield [entry.file, listJson]
      archive.years.push(entry)
    }
    archive.placeCounts = Object.fromEntries(paperCounter.counts)
    archives.push(archive)
  }

  // The id map: one shard per hex prefix of the key's hash, every shard written (an empty one says "not here").
  const keys = Object.keys(lookup.articles).length + Object.keys(lookup.issues).length + Object.keys(lookup.places).length
  const prefix = shardPrefix(keys)
  const shards = new Map<string, LookupShard>()
  for (let n = 0; n < 16 ** prefix; n++) shards.set(n.toString(16).padStart(prefix, '0'), { articles: {}, issues: {}, places: {} })
  for (const part of ['articles', 'issues', 'places'] as const)
    for (const [key, value] of Object.entries(lookup[part])) (shards.get(shardOf(key, prefix))![part] as Record<string, unknown>)[key] = value
  // The folder is named after the shard count alone: a day added to the archive changes a few dozen shards, and only those
  // files change (a folder named after its content would be written anew whole, 4,096 files at ten years). So the shards
  // are revalidated like index.json, not cached forever (security-headers.ts, the service worker's NetworkFirst).
  const dir = `lookup/p${prefix}`
  for (const [name, shard] of shards) yield [`${dir}/${name}.json`, JSON.stringify(shard)]

  const order = new Map(catalog.issues.map((issue, i) => [issue.id, i]))
  latest.sort((a, b) => order.get(a.id)! - order.get(b.id)!)
  const index: LibraryIndex = {
    version: BUNDLE_VERSION,
    papers: catalog.papers,
    archives,
    latest: latest.map((issue) => issueEntry(issue, true)),
    places: catalog.places,
    lookup: { dir, prefix },
  }
  yield ['index.json', JSON.stringify(index)]
}
