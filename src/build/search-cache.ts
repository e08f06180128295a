// The search files built with a cache: an issue's search input is kept by the
// bytes of its body and its catalog entry, a shard's export by the inputs of its
// issues, so a rebuild after adding a day exports only the shards whose issues
// changed, however the shards are cut. Entries that cannot be read are rebuilt.
import { createHash } from 'node:crypto'
import { join } from 'node:path'
// Relative, with extensions: this file is bundled into vite.config.ts (through the bundle plugin).
import { EntryStore, keyOf, sourcesVersion, markVersionUsed, type CacheStats } from '../ingest/cache.ts'
import type { BundleContent } from '../ingest/write.ts'
import { IssueBody, type Catalog } from '../schema/bundle.ts'
import { buildSearchFiles, SHARD_BUDGET, type SearchIssue, type ShardExport } from '../search/build-shards.ts'

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

const isExport = (v: unknown): v is ShardExport => typeof (v as ShardExport | null)?.text === 'string' && typeof (v as ShardExport).index === 'string'

/** A map of issue bodies that reads each JSON body only when asked for it. */
class BodiesOnDemand extends Map<string, IssueBody> {
  private readonly decoder = new TextDecoder()

  constructor(private readonly raw: BundleContent['bodies']) {
    super()
  }

  override get(id: string): IssueBody | undefined {
    const body = this.raw.get(id)
    return body instanceof Uint8Array ? IssueBody.parse(JSON.parse(this.decoder.decode(body))) : body
  }
}

export interface SearchBuild {
  files: Map<string, string>
  stats: { issues: CacheStats; shards: CacheStats }
}

/** buildSearchFiles, reusing whatever an earlier build made from the same input. Bodies may be JSON bytes: only changed ones are read. */
export function buildSearchFilesCached(
  catalog: Catalog,
  bodies: BundleContent['bodies'],
  { dir, root, version = sourcesVersion('banmian-search-cache/1', SEARCH_SOURCES, root), warn = (m) => console.warn(`warning: ${m}`) }: SearchCacheOptions,
  budget = SHARD_BUDGET,
): SearchBuild {
  markVersionUsed(join(dir, 'search'), version)
  const base = join(dir, 'search', version)
  const issueStore = new EntryStore(base, 'issues', isSearchIssue, warn)
  const shardStore = new EntryStore(base, 'shards', isExport, warn)
  const keys = new WeakMap<SearchIssue, string>()
  const files = buildSearchFiles(catalog, new BodiesOnDemand(bodies), budget, {
    issue(issue, make) {
      const body = bodies.get(issue.id)
      const bytes = body instanceof Uint8Array ? body : JSON.stringify(body ?? null)
      // The body's digest first: the key then hashes a few dozen bytes instead of the body twice.
      const key = keyOf([version, JSON.stringify(issue), createHash('sha1').update(bytes).digest()])
      let value = issueStore.get(key)
      if (!value || value.id !== issue.id) {
        value = make()
        issueStore.set(key, value)
      }
      keys.set(value, key)
      return value
    },
    shard(issues, make) {
      const inputs = issues.map((i) => keys.get(i))
      if (inputs.some((k) => k === undefined)) return make()
      const key = keyOf([version, ...(inputs as string[])])
      const cached = shardStore.get(key)
      if (cached) return cached
      const made = make()
      shardStore.set(key, made)
      return made
    },
  })
  return { files, stats: { issues: issueStore.stats, shards: shardStore.stats } }
}
