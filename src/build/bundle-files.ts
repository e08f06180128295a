// Reads an already-written bundle folder back, for serving a fixture instead of ingesting.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
// Relative, not `@/`: this file is bundled into vite.config.ts, where the alias does not apply.
import { Catalog, IssueBody } from '../schema/bundle.ts'

/** Reads an already-written bundle (e.g. the test fixture) and validates it. */
export async function readBundleDir(dir: string): Promise<{ catalog: Catalog; bodies: Map<string, IssueBody> }> {
  const catalog = Catalog.parse(JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8')))
  const bodies = new Map<string, IssueBody>()
  for (const issue of catalog.issues) {
    const body = IssueBody.parse(JSON.parse(await readFile(join(dir, issue.body), 'utf8')))
    bodies.set(issue.id, body)
  }
  return { catalog, bodies }
}
