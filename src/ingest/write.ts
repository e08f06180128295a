// Writes the bundle: catalog.json (loads first, titles only) and one body
// file per issue, so the first screen never waits for the whole archive.
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Catalog, IssueBody } from '../schema/bundle'

export interface BundleContent {
  catalog: Catalog
  bodies: Map<string, IssueBody>
}

/** Bundle path → JSON text. One function serves the CLI (written to disk), the dev server (from memory) and the build (emitted). */
export function bundleFiles({ catalog, bodies }: BundleContent): Map<string, string> {
  const files = new Map<string, string>([['catalog.json', JSON.stringify(catalog)]])
  for (const issue of catalog.issues) {
    const body = bodies.get(issue.id)
    if (!body) throw new Error(`bundle: catalog lists issue ${issue.id} but it has no body`)
    files.set(issue.body, JSON.stringify(body))
  }
  return files
}

export async function writeBundle(result: BundleContent, outDir: string): Promise<number> {
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
