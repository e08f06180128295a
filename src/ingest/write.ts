// Writes the bundle: one body file per issue, index.json and the per paper-year files the reader loads
// (split.ts), and catalog.json, so the first screen never waits for the whole archive.
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
// With the extension: the Vite config bundles this file (through the bundle plugin) and resolves it natively.
import { type Catalog, IssueBody } from '../schema/bundle.ts'
import { splitCatalog } from './split.ts'

export interface BundleContent {
  catalog: Catalog
  /** Issue id → its body, as an object (a bundle read back) or as the JSON the ingest put together. */
  bodies: ReadonlyMap<string, IssueBody | Uint8Array>
}

/** The issue bodies as objects, JSON read back and validated (for the build's search shards and font subset, and for tests). */
export function readBodies(bodies: BundleContent['bodies']): Map<string, IssueBody> {
  const decoder = new TextDecoder()
  return new Map([...bodies].map(([id, body]) => [id, body instanceof Uint8Array ? IssueBody.parse(JSON.parse(decoder.decode(body))) : body]))
}

/** A bundle file's content: JSON text, or its UTF-8 bytes. */
export type BundleFile = string | Uint8Array

/**
 * Bundle path → JSON. One function serves the CLI (written to disk), the dev server (from memory) and the build (emitted).
 * Issue bodies get content-hashed names (issues/<id>.<hash>.json): they can be cached forever, and a changed issue gets a new
 * name that the (always revalidated) catalog points to, so nothing stale is ever served.
 */
export function bundleFiles(content: BundleContent): Map<string, BundleFile> {
  return new Map(bundleEntries(content))
}

/**
 * The same files one at a time (the catalogs last, once every body has its name), so a writer holds one issue's JSON at a
 * time: the bodies, the split catalog the reader loads (index.json, per paper-year files, the id map; split.ts), and the
 * whole catalog.json (for tools that read the whole bundle; the app never loads it).
 */
export function* bundleEntries({ catalog, bodies }: BundleContent): Generator<[string, BundleFile]> {
  const issues = []
  for (const issue of catalog.issues) {
    const body = bodies.get(issue.id)
    if (!body) throw new Error(`bundle: catalog lists issue ${issue.id} but it has no body`)
    const json = body instanceof Uint8Array ? body : Buffer.from(JSON.stringify(body))
    const path = `issues/${issue.id}.${createHash('sha1').update(json).digest('hex').slice(0, 10)}.json`
    yield [path, json]
    issues.push({ ...issue, body: path })
  }
  const written = { ...catalog, issues }
  yield* splitCatalog(written)
  yield ['catalog.json', JSON.stringify(written)]
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

/**
 * Writes the bundle into outDir, so that it holds the bundle's files and nothing else; returns the bundle's bytes. A file that
 * already holds the same bytes is left alone (issue bodies are named by content, so on a re-ingest only new and changed issues
 * and the catalog are written), and files that are no longer part of the bundle are removed. Writes are synchronous: for
 * thousands of small files that is steady at about 270 ms for a 75 MB bundle here, where queued asynchronous writes took
 * 0.4–1.6 s; the ingest has nothing else to do meanwhile.
 */
export async function writeBundle(result: BundleContent, outDir: string): Promise<number> {
  const stale = filesUnder(outDir)
  const dirs = new Set<string>()
  let bytes = 0
  for (const [name, text] of bundleEntries(result)) {
    const path = join(outDir, name)
    const data = typeof text === 'string' ? Buffer.from(text) : text
    bytes += data.byteLength
    if (stale.delete(name) && holds(path, data)) continue
    const dir = dirname(path)
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true })
      dirs.add(dir)
    }
    writeFileSync(path, data)
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
