// The ingest's result cache on disk: one entry per page file (keyed by its
// bytes, sidecar, name and the ingest's own version) and one per assembled
// issue, so a re-ingest redoes only what changed. An entry that cannot be read
// or fails its checksum is skipped with a warning and rebuilt, never fatal.
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deserialize, serialize } from 'node:v8'
import { threadId } from 'node:worker_threads'
import zlib from 'node:zlib'

/** Bump when the entries' layout changes without a change to the sources hashed below. */
const CACHE_FORMAT = 'banmian-ingest-cache/2'
const MAGIC = Buffer.from('BMC1')

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** What the page steps and the assembly are made of: their sources, the schema, and the packages (by the lockfile). */
const VERSION_SOURCES = ['src/ingest', 'src/schema', 'src/lib/typeset.ts']
const VERSION_FILES = ['package-lock.json']

/** The build's caches (the ingest's, the search exports') go in subfolders of this one. */
export const DEFAULT_CACHE_DIR = join(ROOT, 'node_modules/.cache/banmian')

/** The source files at `path`: itself when a file, else the files under it (recursively) that are sources, not tests, in name order. */
function sourceFiles(path: string): string[] {
  let names: string[]
  try {
    if (statSync(path).isFile()) return [path]
    names = readdirSync(path, { recursive: true, encoding: 'utf8' })
  } catch {
    return [path]
  }
  return names.filter((n) => !/\.test\.tsx?$/.test(n) && /\.(ts|mts|mjs|js|json)$/.test(n)).sort().map((n) => join(path, n))
}

/**
 * The ingest's version: a digest of every source file of the ingest and the schema (by path and content), the lockfile, the
 * Node version (v8 serialisation, Intl) and a format constant. Any change to the code that makes page records or issues gives
 * a new version, so a cache can never serve a result of other code.
 */
export function ingestVersion(root = ROOT): string {
  return sourcesVersion(CACHE_FORMAT, [...VERSION_SOURCES, ...VERSION_FILES], root)
}

/** A digest of `label`, the Node version and the files at `sources` (folders or files, relative to root) by path and content. */
export function sourcesVersion(label: string, sources: string[], root = ROOT): string {
  const hash = createHash('sha1').update(label).update('\0').update(process.version)
  const files = sources.flatMap((d) => sourceFiles(join(root, d)))
  for (const file of files) {
    hash.update('\0').update(relative(root, file)).update('\0')
    try {
      hash.update(readFileSync(file))
    } catch {
      hash.update('(missing)')
    }
  }
  return hash.digest('hex').slice(0, 16)
}

const checksum: (data: Uint8Array) => number =
  typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) : (data) => createHash('sha1').update(data).digest().readUInt32BE(0)

export interface CacheStats {
  hits: number
  misses: number
  /** Entries that were there but could not be used (unreadable, truncated, a bad checksum or shape). */
  corrupt: number
}

/**
 * Entries of one kind (`pages`, `issues`) under `<dir>/<version>/<kind>/`, each a structured-clone value behind a magic
 * number and a checksum. Writes go to a temporary file renamed into place, so a reader running alongside never sees half an entry.
 */
export class EntryStore<T> {
  readonly stats: CacheStats = { hits: 0, misses: 0, corrupt: 0 }
  private readonly root: string
  private readonly made = new Set<string>()

  constructor(
    dir: string,
    readonly kind: string,
    private readonly valid: (value: unknown) => value is T,
    private readonly warn: (message: string) => void,
  ) {
    this.root = join(dir, kind)
  }

  private path(key: string): string {
    return join(this.root, key.slice(0, 2), key)
  }

  /** The entry under key; `counted: false` for a second read of an entry already counted (a part read later). */
  get(key: string, counted = true): T | undefined {
    const path = this.path(key)
    let data: Buffer
    try {
      data = readFileSync(path)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.corrupt(path, (e as Error).message)
      else if (counted) this.stats.misses++
      return undefined
    }
    try {
      if (data.length < 8 || !data.subarray(0, 4).equals(MAGIC)) throw new Error('not a cache entry')
      const payload = data.subarray(8)
      if (checksum(payload) !== data.readUInt32BE(4)) throw new Error('checksum mismatch')
      const value: unknown = deserialize(payload)
      if (!this.valid(value)) throw new Error('unexpected shape')
      if (counted) this.stats.hits++
      return value
    } catch (e) {
      this.corrupt(path, (e as Error).message)
      return undefined
    }
  }

  set(key: string, value: T): void {
    const path = this.path(key)
    try {
      const payload = serialize(value)
      const head = Buffer.alloc(8)
      MAGIC.copy(head)
      head.writeUInt32BE(checksum(payload), 4)
      const dir = join(this.root, key.slice(0, 2))
      if (!this.made.has(dir)) {
        mkdirSync(dir, { recursive: true })
        this.made.add(dir)
      }
      const partial = `${path}.${process.pid}.${threadId}.tmp`
      writeFileSync(partial, Buffer.concat([head, payload]))
      renameSync(partial, path)
    } catch (e) {
      this.warn(`缓存写入失败，已跳过 (could not write cache entry ${path}: ${(e as Error).message})`)
    }
  }

  private corrupt(path: string, why: string): void {
    this.stats.corrupt++
    this.stats.misses++
    this.warn(`缓存条目损坏，已忽略并重建 (ignoring unreadable cache entry ${path}: ${why})`)
    try {
      unlinkSync(path)
    } catch {
      // Gone already, or not ours to remove: it is rebuilt over either way.
    }
  }
}

/** Versions kept side by side: worktrees sharing node_modules, or switching branches, each find theirs. */
const VERSIONS_KEPT = 3

/**
 * Marks `<dir>/<version>` as just used and removes all but the most recently used versions under `dir`: each change to the
 * code makes a new version, and the old ones would otherwise pile up. Best effort: a failure only leaves files behind.
 */
export function markVersionUsed(dir: string, version: string, keep = VERSIONS_KEPT): void {
  try {
    mkdirSync(join(dir, version), { recursive: true })
    const now = new Date()
    utimesSync(join(dir, version), now, now)
    const versions = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => ({ name: e.name, used: e.name === version ? Infinity : statSync(join(dir, e.name)).mtimeMs }))
      .sort((a, b) => b.used - a.used)
    for (const old of versions.slice(keep)) rmSync(join(dir, old.name), { recursive: true, force: true })
  } catch {
    // Another process pruning at the same time, or a read-only cache.
  }
}

/** Bytes on disk under a cache directory (for the bench's cache size). */
export function cacheBytes(dir: string): number {
  let total = 0
  let names: string[]
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  } catch {
    return 0
  }
  for (const name of names) {
    try {
      const info = statSync(join(dir, name))
      if (info.isFile()) total += info.size
    } catch {
      // Removed meanwhile.
    }
  }
  return total
}

/** A key over parts (strings or bytes), each length-prefixed so that no two different lists give the same stream. */
export function keyOf(parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha1')
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part
    const size = Buffer.alloc(4)
    size.writeUInt32BE(bytes.length)
    hash.update(size).update(bytes)
  }
  return hash.digest('hex')
}

/** Where the cache lives: `cache` when given, else BANMIAN_CACHE, else node_modules/.cache; false when disabled (BANMIAN_CACHE=off). */
export function cacheDirFromEnv(env: NodeJS.ProcessEnv = process.env, fallback = DEFAULT_CACHE_DIR): string | false {
  const value = env.BANMIAN_CACHE
  if (value === undefined || value === '') return fallback
  if (/^(0|off|false|no)$/i.test(value)) return false
  return value
}
