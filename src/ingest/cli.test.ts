// The ingest CLI as a user runs it: npm run ingest -- <in> <out>.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { removeInput, writeInput } from '../../test/ingest-pages'
import { Catalog, IssueBody, LibraryIndex, PaperYear } from '../schema/bundle'

const root = join(__dirname, '../..')
const dirs: string[] = []
afterAll(() => Promise.all(dirs.map(removeInput)))

function ingestCli(input: string, out: string, ...options: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'ingest', '--', input, out, ...options], { cwd: root, encoding: 'utf8' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('npm run ingest', () => {
  it('writes index.json, the year lists and issues/*.json that match the schema, and prints the summary; catalog.json only with --catalog', async () => {
    const out = await writeInput({})
    dirs.push(out)
    const r = ingestCli(join(root, 'seeds'), out)
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/^ingest: 5 files → 5 pages, \d+ issues, \d+ articles; [\d.]+ MB in [\d.]+ s \(page steps [\d.]+ s on 1 thread, assembly [\d.]+ s\); bundle [\d.]+ MB → /m)
    expect(existsSync(join(out, 'catalog.json'))).toBe(false)
    // The split catalog the reader loads: the index, and every paper's years listing every issue once, each with its body.
    const index = LibraryIndex.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')))
    const listed = index.archives.flatMap((a) => a.years.flatMap((y) => PaperYear.parse(JSON.parse(readFileSync(join(out, y.file), 'utf8'))).issues))
    expect(listed.length).toBeGreaterThan(0)
    expect(readdirSync(join(out, 'issues')).sort()).toEqual(listed.map((i) => i.body.replace(/^issues\//, '')).sort())
    for (const issue of listed) {
      const body = IssueBody.parse(JSON.parse(readFileSync(join(out, issue.body), 'utf8')))
      expect(body.issueId).toBe(issue.id)
      expect(body.pages.map((p) => p.id)).toEqual(issue.pages.map((p) => p.id))
    }

    const whole = ingestCli(join(root, 'seeds'), out, '--catalog')
    expect(whole.status, whole.stderr).toBe(0)
    const catalog = Catalog.parse(JSON.parse(readFileSync(join(out, 'catalog.json'), 'utf8')))
    expect(catalog.issues.map((i) => [i.id, i.body]).sort()).toEqual(listed.map((i) => [i.id, i.body]).sort())
  }, 90_000)

  it('exits non-zero and says why when no file in the folder is a usable page', async () => {
    const input = await writeInput({ 'empty.txt': '', 'junk.bin': new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256)) })
    const out = await writeInput({})
    dirs.push(input, out)
    const r = ingestCli(input, out)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('error: empty.txt:0: 文件为空 (empty file)')
    expect(r.stderr).toMatch(/error: junk\.bin:0: .*binary/)
    expect(r.stderr).toContain('no usable pages')
  }, 60_000)

  it('exits non-zero with usage when the input folder does not exist', () => {
    const r = ingestCli(join(root, 'no-such-folder'), join(root, 'bench/out/never'))
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('input folder not found')
  }, 60_000)
})
