// The hand-made fixture bundle, read as path → text (for the component tests' stubbed fetch and the browser tests' routes).
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

// Relative to the project root, where vitest runs (import.meta.url is not a file: URL under jsdom).
export const FIXTURE_DIR = resolve('test/fixtures/bundle')

/** The fixture bundle as path → text, ready to be altered by a test. */
export function fixtureFiles(): Map<string, string> {
  const entries = readdirSync(FIXTURE_DIR, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
  return new Map(entries.map((e) => [relative(FIXTURE_DIR, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8')]))
}
