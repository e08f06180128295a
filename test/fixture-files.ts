// The hand-made fixture bundle (for the component tests' stubbed fetch and the browser tests' routes). The folder holds
// its source: catalog.json and the issue bodies. What tests serve is what the writer makes of it (bundleFiles: hashed
// bodies, index.json, the per paper-year files and the id map), so a test that alters the content alters every file.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { type Article, Catalog, IssueBody } from '@/schema/bundle'
import { bundleFiles } from '@/ingest/write'

// Relative to the project root, where vitest runs (import.meta.url is not a file: URL under jsdom).
export const FIXTURE_DIR = resolve('test/fixtures/bundle')

export interface FixtureContent {
  catalog: Catalog
  /** Issue id → body. */
  bodies: Map<string, IssueBody>
}

/** A fresh copy of the fixture's content, to alter before fixtureFiles(). */
export function fixtureContent(): FixtureContent {
  const catalog = Catalog.parse(JSON.parse(readFileSync(join(FIXTURE_DIR, 'catalog.json'), 'utf8')))
  const bodies = new Map(catalog.issues.map((issue) => [issue.id, IssueBody.parse(JSON.parse(readFileSync(join(FIXTURE_DIR, issue.body), 'utf8')))]))
  return { catalog, bodies }
}

/** The bundle as served: path → text, every file the writer writes. */
export function fixtureFiles(content: FixtureContent = fixtureContent()): Map<string, string> {
  const decoder = new TextDecoder()
  return new Map([...bundleFiles(content)].map(([path, file]) => [path, typeof file === 'string' ? file : decoder.decode(file)]))
}

/** The served path of an issue's body in these files. */
export function bodyPath(files: ReadonlyMap<string, string>, issueId: string): string {
  const path = [...files.keys()].find((p) => p.startsWith(`issues/${issueId}.`))
  if (!path) throw new Error(`no body for ${issueId}`)
  return path
}

/** The fixture bundle with one article of an issue body changed, e.g. given subheads. */
export function fixtureFilesWithArticle(issueId: string, articleId: string, patch: Partial<Article>): Map<string, string> {
  const content = fixtureContent()
  const article = content.bodies
    .get(issueId)
    ?.pages.flatMap((page) => page.articles)
    .find((a) => a.id === articleId)
  if (!article) throw new Error(`no article ${articleId} in ${issueId}`)
  Object.assign(article, patch)
  return fixtureFiles(content)
}
