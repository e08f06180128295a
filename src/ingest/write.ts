// Writes the bundle: one body file per issue, index.json and the per paper-year files the reader loads
// (split.ts), and catalog.json, so the first screen never waits for the whole archive.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
// With the extension: the Vite config bundles this file (through the bundle plugin) and resolves it natively.
import { type Catalog, IssueBody, type IssueSummary } from '../schema/bundle.ts'
import { bodyPath } from '../schema/layout.ts'
import { bodyDigest, IssueBodies } from './issue-bodies.ts'
import { type SplitCache, splitEntries } from './split.ts'

export interface BundleContent {
  catalog: Catalog
  /** Issue id → its body, as an object (a bundle read back) or as the JSON the ingest put together. */
  bodies: ReadonlyMap<string, IssueBody | Uint8Array>
  /** What earlier builds made of the split catalog's years (the ingest's cache), so that unchanged years are not made again. */
  split?: SplitCache
}

/** The issue bodies as objects, JSON read back and validated (for the build's search shards and font subset, and for tests). */
export function readBodies(bodies: BundleContent['bodies']): Map<string, IssueBody> {
  const decoder = new TextDecoder()
  return new Map([...bodies].map(([id, body]) => [id, body instanceof Uint8Array ? IssueBody.parse(JSON.parse(decoder.decode(body))) : body]))
}

/** A bundle file's content: JSON text, or its UTF-8 bytes. */
export type BundleFile = string | Uint8Array

export interface BundleOptions {
  /**
   * Also write catalog.json, the whole catalog in one file (every issue, article summary and warning). No route loads it and
   * it grows with the archive (79 MB at 30 years), so it is written only for tools that want the whole bundle in one file.
   */
  catalog?: boolean
}

/**
 * Bundle path → JSON. One function serves the CLI (written to disk), the dev server (from memory) and the build (emitted).
 * Issue bodies get content-hashed names (issues/<id>.<hash>.json): they can be cached forever, and a changed issue gets a new
 * name that the (always revalidated) catalog points to, so nothing stale is ever served.
 */
export function bundleFiles(content: BundleContent, options: BundleOptions = {}): Map<string, BundleFile> {
  return new Map([...bundleEntries(content, options)].map(([path, file]) => [path, file()]))
}

/** Is this bundle path named by its content (an issue body, a search shard, a year list, a month's placed articles), so that a whole file already there under it holds it? */
export const namedByContent = (path: string): boolean => /^(issues\/[^/]+|search\/shard-[^/]+|(years|places)\/[^/]+\/[^/]+)\.[0-9a-f]{10}(\.index)?\.json$/.test(path)

/** A bundle file: its path, the way to get its content, and its bytes when known without getting it. */
export type BundleEntry = [path: string, content: () => BundleFile, size?: number]

/**
 * The same files one at a time (the catalogs last, once every body has its name), each with the way to get its content, so
 * a writer holds one issue's JSON at a time and need not read a body whose file is there already: the bodies, the split
 * catalog the reader loads (index.json, per paper-year files, the id map; split.ts), and catalog.json when asked for.
 */
export function* bundleEntries({ catalog, bodies, split }: BundleContent, options: BundleOptions = {}): Generator<BundleEntry> {
  const issues = []
  for (const issue of catalog.issues) {
    if (!bodies.has(issue.id)) throw new Error(`bundle: catalog lists issue ${issue.id} but it has no body`)
    const json = (): Uint8Array => {
      const body = bodies.get(issue.id)
      return body instanceof Uint8Array ? body : Buffer.from(JSON.stringify(body))
    }
    const known = bodies instanceof IssueBodies
    const digest = (known ? bodies.digest(issue.id) : undefined) ?? bodyDigest(json())
    const path = bodyPath(issue.id, digest.slice(0, 10))
    yield [path, json, known ? bodies.bytesOf(issue.id) : undefined]
    issues.push(withBody(issue, path))
  }
  const written = { ...catalog, issues }
  yield* splitEntries(written, split)
  if (options.catalog) yield ['catalog.json', () => JSON.stringify(written)]
}

/** A copy of the issue naming its body's file; a summary whose pages are read when asked for (issues.ts, unpackYear) stays so. */
function withBody(issue: IssueSummary, body: string): IssueSummary {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(issue)) as IssueSummary
  copy.body = body
  return copy
}

/** The files under dir, as bundle paths (forward slashes); none when it does not exist. */
function filesUnder(dir: string): Set<string> {
  try {
    return new Set(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/')),
    )
  } catch {
    return new Set()
  }
}

/** Does the file at path hold exactly these bytes? (The size first, so a changed file is rarely read.) */
function holds(path: string, data: Uint8Array): boolean {
  try {
    return statSync(path).size === data.byteLength && Buffer.from(readFileSync(path)).equals(data)
  } catch {
    return false
  }
}

export interface WriteOptions extends BundleOptions {
  /** More files to write with the bundle (e.g. the search files: path → content, read only when written). */
  extra?: ReadonlyMap<string, BundleFile>
}

const sizeOf = (path: string) => {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

/**
 * Writes the bundle into outDir, so that it holds the bundle's files and nothing else; returns the bundle's bytes. A file that
 * already holds the same bytes is left alone, and a file named by its content (issue bodies, search shards) that is there is
 * not even read, so on a re-ingest only new and changed issues, shards and the split catalog's changed files are written.
 * Files that are no longer part of the bundle are removed; each write goes to a temporary name renamed into place. Writes are synchronous: for
 * thousands of small files that is steady at about 270 ms for a 75 MB bundle here, where queued asynchronous writes took
 * 0.4–1.6 s; the ingest has nothing else to do meanwhile.
 */
export async function writeBundle(result: BundleContent, outDir: string, options: WriteOptions = {}): Promise<number> {
  const stale = filesUnder(outDir)
  const dirs = new Set<string>()
  let bytes = 0
  const { extra } = options
  const files = function* (): Generator<BundleEntry> {
    yield* bundleEntries(result, options)
    for (const name of extra?.keys() ?? []) yield [name, () => extra?.get(name) as BundleFile]
  }
  for (const [name, file, size] of files()) {
    const path = join(outDir, name)
    const there = stale.delete(name)
    // A file named by its content is whole once there (written under a temporary name and renamed), so it is not read
    // again, nor is the content it is made from; only a size that differs (a file changed by hand) has it written again.
    if (there && namedByContent(name)) {
      const onDisk = sizeOf(path)
      if (size === undefined || onDisk === size) {
        bytes += onDisk
        continue
      }
    }
    const text = file()
    const data = typeof text === 'string' ? Buffer.from(text) : text
    bytes += data.byteLength
    if (there && holds(path, data)) continue
    const dir = dirname(path)
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true })
      dirs.add(dir)
    }
    const partial = `${path}.${process.pid}.tmp`
    writeFileSync(partial, data)
    renameSync(partial, path)
  }
  const emptied = new Set<string>()
  for (const name of stale) {
    rmSync(join(outDir, name), { force: true })
    for (let dir = dirname(name); dir !== '.'; dir = dirname(dir)) emptied.add(dir)
  }
  // Folders left empty, deepest first.
  for (const dir of [...emptied].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(join(outDir, dir))
    } catch {
      // Not empty (it holds bundle files) or gone.
    }
  }
  return bytes
}
