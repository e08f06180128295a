// The hand-made fixture bundle, read as path → text (for the component tests' stubbed fetch and the browser tests' routes).
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { Article, IssueBody } from '@/schema/bundle'

// Relative to the project root, where vitest runs (import.meta.url is not a file: URL under jsdom).
export const FIXTURE_DIR = resolve('test/fixtures/bundle')

/** The fixture bundle as path → text, ready to be altered by a test. */
export function fixtureFiles(): Map<string, string> {
  const entries = readdirSync(FIXTURE_DIR, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
  return new Map(entries.map((e) => [relative(FIXTURE_DIR, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8')]))
}

/** The fixture bundle with one article of an issue body changed, e.g. given subheads. */
export function fixtureFilesWithArticle(issueFile: string, articleId: string, patch: Partial<Article>): Map<string, string> {
  const files = fixtureFiles()
  const body = JSON.parse(files.get(issueFile)!) as IssueBody
  const article = body.pages.flatMap((page) => page.articles).find((a) => a.id === articleId)
  if (!article) throw new Error(`no article ${articleId} in ${issueFile}`)
  Object.assign(article, patch)
  files.set(issueFile, JSON.stringify(body))
  return files
}
