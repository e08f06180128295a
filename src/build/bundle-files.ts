// The bundle as files: path relative to the bundle root → JSON text. One function
// serves the dev server (from memory) and the build (emitted into dist/data/).
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
// Relative, not `@/`: this file is bundled into vite.config.ts, where the alias does not apply.
import { Catalog, IssueBody } from '../schema/bundle.ts'

export interface BundleContent {
  catalog: Catalog
  bodies: Map<string, IssueBody>
}

export function bundleFiles({ catalog, bodies }: BundleContent): Map<string, string> {
  const files = new Map<string, string>([['catalog.json', JSON.stringify(catalog)]])
  for (const issue of catalog.issues) {
    const body = bodies.get(issue.id)
    if (!body) throw new Error(`bundle: catalog lists issue ${issue.id} but it has no body`)
    files.set(issue.body, JSON.stringify(body))
  }
  return files
}

/** Reads an already-written bundle (e.g. the test fixture) and validates it. */
export async function readBundleDir(dir: string): Promise<BundleContent> {
  const catalog = Catalog.parse(JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8')))
  const bodies = new Map<string, IssueBody>()
  for (const issue of catalog.issues) {
    const body = IssueBody.parse(JSON.parse(await readFile(join(dir, issue.body), 'utf8')))
    bodies.set(issue.id, body)
  }
  return { catalog, bodies }
}
