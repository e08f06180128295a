// Writes the bundle: catalog.json (loads first, titles only) and one body
// file per issue, so the first screen never waits for the whole archive.
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { IngestResult } from './ingest'

/** File name → contents of the whole bundle, for writing to disk or serving from memory. */
export function bundleFiles(result: Pick<IngestResult, 'catalog' | 'bodies'>): Map<string, string> {
  const files = new Map<string, string>([['catalog.json', JSON.stringify(result.catalog)]])
  for (const summary of result.catalog.issues) {
    files.set(summary.body, JSON.stringify(result.bodies.get(summary.id)))
  }
  return files
}

export async function writeBundle(result: Pick<IngestResult, 'catalog' | 'bodies'>, outDir: string): Promise<number> {
  await rm(outDir, { recursive: true, force: true })
  let bytes = 0
  for (const [name, text] of bundleFiles(result)) {
    const path = join(outDir, name)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, text)
    bytes += Buffer.byteLength(text)
  }
  return bytes
}
