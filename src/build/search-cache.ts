// The search files built with a cache: an issue's search input is kept by the
// bytes of its body and its catalog entry, a shard's export by the inputs of its
// issues, so a rebuild after adding a day exports only the shards whose issues
// changed, however the shards are cut. What the cutting and the manifest need of
// every issue and shard (dates, sizes, names) is kept in one small entry per
// build, so an unchanged issue or shard is not read at all: its files are read
// only when asked for (LazyMap). Entries that cannot be read are rebuilt.
import { createHash } from 'node:crypto'
import { join } from 'node:path'
// Relative, with extensions: this file is bundled into vite.config.ts (through the bundle plugin).
import { EntryStore, keyOf, sourcesVersion, markVersionUsed, type CacheStats } from '../ingest/cache.ts'
import { IssueBodies } from '../ingest/issue-bodies.ts'
import { LazyMap } from '../ingest/lazy-map.ts'
import type { BundleContent } from '../ingest/write.ts'
import { IssueBody, type Catalog } from '../schema/bundle.ts'
import {
  infoOf,
  manifestIndex,
  searchIssue,
  SHARD_BUDGET,
  shardFilesOf,
  type SearchIssue,
  type SearchIssueInfo,
  type ShardExport,
} from '../search/build-shards.ts'

/** What the search files are made from: the search code, the schema, the page numbering, the packages; bump the label to drop old entries. */
const SEARCH_SOURCES = ['src/search', 'src/schema', 'src/lib/data/locate.ts', 'package-lock.json']

export interface SearchCacheOptions {
  /** Folder of the build's caches; the search's entries go in search/<version>/. */
  dir: string
  /** Repository root, for the version (a digest of the search's sources). */
  root: string
  version?: string
  warn?: (message: string) => void
}

const isSearchIssue = (v: unknown): v is SearchIssue => {
  const o = v as SearchIssue | null
  return typeof o?.id === 'string' && typeof o.paperId === 'string' && typeof o.date === 'string' && Array.isArray(o.docs)
}

const isExport = (v: unknown): v is ShardExport => {
  const o = v as ShardExport | null
  return typeof o?.text === 'string' && typeof o.index === 'string' && typeof o.hash === 'string' && typeof o.bytes === 'number'
}

/** The last build's issues (by key: what cutting needs of each) and shards (by key: the name hash and bytes of their files). */
interface SearchRun {
  issues: Map<string, SearchIssueInfo>
  shards: Map<string, Pick<ShardExport, 'hash' | 'bytes'>>
}

const isRun = (v: unknown): v is SearchRun => (v as SearchRun | null)?.issues instanceof Map && (v as SearchRun).shards instanceof Map

export interface SearchBuild {
  /** path → text; an unchanged shard's files are read from the cache only when asked for. */
  files: LazyMap<string, string>
  stats: { issues: CacheStats; shards: CacheStats }
}

const decoder = new TextDecoder()

/** buildSearchFiles, reusing whatever an earlier build made from the same input. Bodies may be JSON bytes: only changed ones are read. */
export function buildSearchFilesCached(
  catalog: Catalog,
  bodies: BundleContent['bodies'],
  { dir, root, version = sourcesVersion('banmian-search-cache/2', SEARCH_SOURCES, root), warn = (m) => console.warn(`warning: ${m}`) }: SearchCacheOptions,
  budget = SHARD_BUDGET,
): SearchBuild {
  markVersionUsed(join(dir, 'search'), version)
  const base = join(dir, 'search', version)
  const issueStore = new EntryStore(base, 'issues', isSearchIssue, warn)
  const shardStore = new EntryStore(base, 'shards', isExport, warn)
  const runStore = new EntryStore(base, 'runs', isRun, warn)
  const runKey = keyOf([version, 'run'])
  const last = runStore.get(runKey)
  const run: SearchRun = { issues: new Map(), shards: new Map() }
  const keys = new Map<string, string>()
  const catalogIssues = new Map(catalog.issues.map((i) => [i.id, i]))
  // Counted here, not by the stores: an entry read again later (a lazy file, a shard's issues) is not a second hit.
  const issueStats: CacheStats = { hits: 0, misses: 0, corrupt: 0 }
  const shardStats: CacheStats = { hits: 0, misses: 0, corrupt: 0 }

  /** An issue's search input: from the cache, else made from its body. */
  const inputOf = (id: string, stats?: CacheStats): SearchIssue => {
    const key = keys.get(id) as string
    const cached = issueStore.get(key)
    if (cached?.id === id) {
      if (stats) stats.hits++
      return cached
    }
    if (stats) stats.misses++
    const body = bodies.get(id)
    const made = searchIssue(catalogIssues.get(id)!, body instanceof Uint8Array ? IssueBody.parse(JSON.parse(decoder.decode(body))) : body)
    issueStore.set(key, made)
    return made
  }

  const infos = catalog.issues.map((issue) => {
    const digest = bodies instanceof IssueBodies ? bodies.digest(issue.id) : undefined
    // An ingest's issue summary is made from the same pages as its body (every member of it is in the body): the body's
    // digest and the id stand for both, and the summary (whose pages a rebuild may not have read) is not serialised.
    // Bodies from elsewhere are keyed by the summary too.
    const key = digest ? keyOf([version, issue.id, digest]) : keyOf([version, JSON.stringify(issue), createHash('sha1').update(bodyBytes(bodies.get(issue.id))).digest('hex')])
    keys.set(issue.id, key)
    let info = last?.issues.get(key)
    if (info?.id === issue.id) issueStats.hits++
    else info = infoOf(inputOf(issue.id, issueStats))
    run.issues.set(key, info)
    return info
  })

  const files = new LazyMap<string, string>()
  const made = shardFilesOf(infos, (info) => inputOf(info.id), manifestIndex(catalog), budget, {
    shard(issues, make) {
      const key = keyOf([version, ...issues.map((i) => keys.get(i.id) as string)])
      const known = last?.shards.get(key)
      if (known) {
        shardStats.hits++
        run.shards.set(key, known)
        // Read only when a file is asked for (each time: the archive's exports are not held in memory).
        const load = () => exportOf(key, make)
        return {
          ...known,
          get text() {
            return load().text
          },
          get index() {
            return load().index
          },
        }
      }
      const made = exportOf(key, make, shardStats)
      run.shards.set(key, { hash: made.hash, bytes: made.bytes })
      return made
    },
  })
  /** A shard's export from the cache, else made (and kept); an entry gone bad is made again. */
  function exportOf(key: string, make: () => ShardExport, stats?: CacheStats): ShardExport {
    const cached = shardStore.get(key)
    if (cached) {
      if (stats) stats.hits++
      return cached
    }
    if (stats) stats.misses++
    const made = make()
    shardStore.set(key, made)
    return made
  }
  for (const [path, text] of made) files.setLazy(path, text)
  runStore.set(runKey, run)
  issueStats.corrupt = issueStore.stats.corrupt
  shardStats.corrupt = shardStore.stats.corrupt
  return { files, stats: { issues: issueStats, shards: shardStats } }
}

function bodyBytes(body: IssueBody | Uint8Array | undefined): Uint8Array {
  return body instanceof Uint8Array ? body : Buffer.from(JSON.stringify(body ?? null))
}
