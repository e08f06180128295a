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
import { bodyFileDigest, dayBitmap, dayOfYear, issueYear, shardOf, yearSlug } from '../schema/layout.ts'

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

/** What one paper's year adds to the split catalog: its files, its entry in the paper's archive, its counts and its part of the id map. */
export interface YearPart {
  /** The year list and the month files of placed articles: path (named by content) and bytes. */
  files: [path: string, bytes: number][]
  entry: YearEntry
  articles: number
  tagged: number
  /** The paper's place counts over the year's articles ([code, all, main]), codes in the order they first appear. */
  counts: [code: string, all: number, main: number][]
  /** The id map's place entries the year adds, month by month. */
  places: [code: string, month: number | null, all: number, main: number][]
  /** Article and issue keys the year adds to the id map. */
  keys: number
  /** The year's id-map members cut for this shard prefix (-1: not cut yet). */
  prefix: number
  /** The articles' members (`"id":[…]`), shard after shard, and where each shard's stretch ends. */
  articleText: string
  articleEnds: Uint32Array
  /** The same for the issues. */
  issueText: string
  issueEnds: Uint32Array
}

/**
 * What an earlier build made of a paper's year, kept by its issues (each names its body by content, and an issue's summary is
 * made from the same pages as its body): an unchanged year's files are neither made nor hashed again, and its JSON is read
 * only when a file is not in the output already.
 */
export interface SplitCache {
  key(paperId: string, year: number | null, issues: readonly IssueSummary[]): string
  get(key: string): YearPart | undefined
  /** The year's files' JSON by path. */
  texts(key: string): Map<string, string> | undefined
  /** Keeps the part; its files' JSON too, when given. */
  set(key: string, part: YearPart, texts?: Map<string, string>): void
}

/** A split catalog file: path, the way to get its JSON, and its bytes when known without getting it. */
export type SplitEntry = [path: string, text: () => string, bytes?: number]

/** The id map's members of one kind, cut by shard: every shard's members joined, shard after shard, and where each ends. */
function cutByShard(members: [key: string, json: string][], prefix: number): [text: string, ends: Uint32Array] {
  const buckets: string[][] = Array.from({ length: 16 ** prefix }, () => [])
  for (const [key, json] of members) buckets[parseInt(shardOf(key, prefix), 16)]!.push(json)
  const ends = new Uint32Array(buckets.length)
  let text = ''
  buckets.forEach((bucket, n) => {
    text += bucket.join(',')
    ends[n] = text.length
  })
  return [text, ends]
}

/** A year's members of the id map (articles, issues) cut for `prefix`. */
function cutYear(paperId: string, year: number | null, issues: readonly IssueSummary[], prefix: number): Pick<YearPart, 'prefix' | 'articleText' | 'articleEnds' | 'issueText' | 'issueEnds'> {
  const articles: [string, string][] = []
  const issueMembers: [string, string][] = []
  const member = (key: string, value: unknown): [string, string] => [key, `${JSON.stringify(key)}:${JSON.stringify(value)}`]
  for (const issue of issues) {
    const digest = bodyFileDigest(issue.id, issue.body)
    issueMembers.push(member(issue.id, [paperId, year, digest]))
    issue.pages.forEach((page, pageIndex) => {
      for (const article of page.articles) articles.push(member(article.id, [issue.id, pageIndex, paperId, year, digest]))
    })
  }
  const [articleText, articleEnds] = cutByShard(articles, prefix)
  const [issueText, issueEnds] = cutByShard(issueMembers, prefix)
  return { prefix, articleText, articleEnds, issueText, issueEnds }
}

/** A shard's stretch of a cut. */
const stretch = (text: string, ends: Uint32Array, n: number) => text.slice(n ? ends[n - 1] : 0, ends[n])

/** The files of the split catalog, given the catalog with each issue's body already at its final (hashed) path. */
export function* splitCatalog(catalog: Catalog): Generator<[string, string]> {
  for (const [path, text] of splitEntries(catalog)) yield [path, text()]
}

/**
 * The split catalog's files, each with the way to get its JSON; with a cache, a paper's year whose issues are unchanged is
 * taken from it (its files' JSON read only when asked for). The same files with or without the cache.
 */
export function* splitEntries(catalog: Catalog, cache?: SplitCache): Generator<SplitEntry> {
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

  const archives: PaperArchive[] = []
  const latest: IssueSummary[] = []
  const parts: { paperId: string; year: number | null; issues: IssueSummary[]; part: YearPart; key?: string }[] = []
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
    const counts = new Map<string, PlaceCount>()
    const archive: PaperArchive = { paperId: paper.id, years: [], articles: 0, tagged: 0, placeCounts: {} }
    for (const [year, issues] of years) {
      const key = cache?.key(paper.id, year, issues)
      let part = key === undefined ? undefined : cache?.get(key)
      if (part) {
        // Read once, when the first of the year's files is asked for; an entry gone bad is made again from the issues.
        let texts: Map<string, string> | undefined
        const textOf = (path: string) => {
          texts ??= cache?.texts(key as string)
          if (!texts?.has(path)) texts = madeYear(paper.id, year, issues, coverageOf).texts
          return texts.get(path) as string
        }
        for (const [path, bytes] of part.files) yield [path, () => textOf(path), bytes]
      } else {
        const made = madeYear(paper.id, year, issues, coverageOf)
        part = made.part
        for (const [path, text] of made.texts) yield [path, () => text, Buffer.byteLength(text)]
        if (key !== undefined) cache?.set(key, part, made.texts)
      }
      archive.years.push(part.entry)
      archive.articles += part.articles
      archive.tagged += part.tagged
      for (const [code, all, main] of part.counts) {
        const count = counts.get(code)
        if (count) {
          count[0] += all
          count[1] += main
        } else counts.set(code, [all, main])
      }
      parts.push({ paperId: paper.id, year, issues, part, key })
    }
    archive.placeCounts = Object.fromEntries(counts)
    archives.push(archive)
  }

  // The id map: one shard per hex prefix of the key's hash, every shard written (an empty one says "not here").
  const places: LookupShard['places'] = {}
  for (const { paperId, year, part } of parts) for (const [code, month, all, main] of part.places) (places[code] ??= []).push([paperId, year, month, all, main])
  const prefix = shardPrefix(parts.reduce((n, { part }) => n + part.keys, 0) + Object.keys(places).length)
  for (const entry of parts) {
    if (entry.part.prefix === prefix) continue
    entry.part = { ...entry.part, ...cutYear(entry.paperId, entry.year, entry.issues, prefix) }
    if (entry.key !== undefined) cache?.set(entry.key, entry.part)
  }
  const placeShards = new Map<string, LookupShard['places']>()
  for (const [code, value] of Object.entries(places)) {
    const name = shardOf(code, prefix)
    let shard = placeShards.get(name)
    if (!shard) placeShards.set(name, (shard = {}))
    shard[code] = value
  }
  // The folder is named after the shard count alone: a day added to the archive changes a few dozen shards, and only those
  // files change (a folder named after its content would be written anew whole, 4,096 files at ten years). So the shards
  // are revalidated like index.json, not cached forever (security-headers.ts, the service worker's NetworkFirst).
  // Each shard's JSON is what JSON.stringify gives of { articles, issues, places }: members in the order the years list them.
  const dir = `lookup/p${prefix}`
  for (let n = 0; n < 16 ** prefix; n++) {
    const name = n.toString(16).padStart(prefix, '0')
    yield [
      `${dir}/${name}.json`,
      () => {
        const articles = parts.map(({ part }) => stretch(part.articleText, part.articleEnds, n)).filter(Boolean)
        const issues = parts.map(({ part }) => stretch(part.issueText, part.issueEnds, n)).filter(Boolean)
        return `{"articles":{${articles.join(',')}},"issues":{${issues.join(',')}},"places":${JSON.stringify(placeShards.get(name) ?? {})}}`
      },
    ]
  }

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
  const json = JSON.stringify(index)
  yield ['index.json', () => json]
}

/** A paper's year made anew: its files' JSON by path, and its part (not yet cut for the id map). */
function madeYear(
  paperId: string,
  year: number | null,
  issues: readonly IssueSummary[],
  coverageOf: (places: readonly string[]) => Coverage,
): { part: YearPart; texts: Map<string, string> } {
  const slug = yearSlug(year)
  const texts = new Map<string, string>()
  const yearCounter = new PlaceCounter(coverageOf)
  let articleCount = 0
  let tagged = 0
  let keys = 0
  // Placed articles and their place counts by month (issues of a year known only by its year: month null).
  const months = new Map<number | null, { counter: PlaceCounter; articles: PlacedArticle[] }>()
  const days: number[] = []
  for (const issue of issues) {
    keys++
    const day = issue.date ? dayOfYear(issue.date) : undefined
    if (day !== undefined) days.push(day)
    const month = issue.date ? Number(issue.date.slice(5, 7)) : null
    issue.pages.forEach((page, pageIndex) => {
      for (const article of page.articles) {
        keys++
        if (article.kind === 'masthead') continue
        articleCount++
        if (!article.places?.length) continue
        tagged++
        yearCounter.add(article.places)
        let bucket = months.get(month)
        if (!bucket) months.set(month, (bucket = { counter: new PlaceCounter(coverageOf), articles: [] }))
        bucket.counter.add(article.places)
        bucket.articles.push({ ...article, places: article.places, issueId: issue.id, page: pageIndex })
      }
    })
  }
  const places: PaperYear['places'] = []
  const lookupPlaces: YearPart['places'] = []
  for (const [month, { counter, articles }] of months) {
    const file: PlacedArticles = { version: BUNDLE_VERSION, paperId, year, month, articles }
    const json = JSON.stringify(file)
    const path = `places/${paperId}/${month === null ? slug : `${slug}-${String(month).padStart(2, '0')}`}.${hash(json)}.json`
    texts.set(path, json)
    places.push({ month, file: path })
    for (const [code, [all, main]] of counter.counts) lookupPlaces.push([code, month, all, main])
  }
  const list: PaperYear = { version: BUNDLE_VERSION, paperId, year, issues: issues.map((i) => issueEntry(i)), places }
  const listJson = JSON.stringify(list)
  const entry: YearEntry = { year, issues: issues.length, file: `years/${paperId}/${slug}.${hash(listJson)}.json`, days: dayBitmap(days) }
  texts.set(entry.file, listJson)
  const part: YearPart = {
    files: [...texts].map(([path, text]) => [path, Buffer.byteLength(text)]),
    entry,
    articles: articleCount,
    tagged,
    counts: [...yearCounter.counts].map(([code, [all, main]]) => [code, all, main]),
    places: lookupPlaces,
    keys,
    prefix: -1,
    articleText: '',
    articleEnds: new Uint32Array(0),
    issueText: '',
    issueEnds: new Uint32Array(0),
  }
  return { part, texts }
}
