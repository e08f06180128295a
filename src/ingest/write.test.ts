// writeBundle over a folder that holds an earlier bundle: only what changed is written.
import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { FRONT_PAGE, removeInput, writeInput } from '../../test/ingest-pages'
import { ingestDirectory } from './ingest'
import { bundleFiles, writeBundle } from './write'

const dirs: string[] = []
afterAll(() => Promise.all(dirs.map(removeInput)))

const day = (d: number) => FRONT_PAGE.replace('2024年5月6日 星期一', `2024年5月${d}日 星期${'日一二三四五六'[(d + 1) % 7]}`)

const filesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort()

describe('writeBundle', () => {
  it('leaves unchanged files alone, writes changed ones and removes what is no longer part of the bundle', async () => {
    const input = await writeInput({ '6.txt': day(6), '7.txt': day(7), '8.txt': day(8) })
    const out = await writeInput({ 'left-over.json': '{}', 'old/issue.json': '{}' })
    dirs.push(input, out)
    const first = await ingestDirectory(input)
    await writeBundle(first, out)
    const before = filesIn(out)
    // Exactly the bundle's files: the left-overs are gone.
    expect(before).toEqual([...bundleFiles(first).keys()].sort())
    expect(before).not.toContain('left-over.json')
    expect(readdirSync(out)).not.toContain('old')
    const issueFile = (date: string) => before.find((f) => f.startsWith(`issues/${date}-`)) as string
    expect(before.filter((f) => f.startsWith('issues/'))).toHaveLength(3)

    // Mark every file as written long ago; whatever is written again gets a new time.
    const long = new Date('2001-01-01T00:00:00Z')
    for (const f of before) utimesSync(join(out, f), long, long)
    writeFileSync(join(input, '7.txt'), day(7).replace('正式向市民开放', '正式对外开放'))
    writeFileSync(join(input, '9.txt'), day(9))
    const second = await ingestDirectory(input)
    await writeBundle(second, out, { catalog: true })
    const after = filesIn(out)
    const written = after.filter((f) => statSync(join(out, f)).mtimeMs !== long.getTime())

    expect(after).toEqual([...bundleFiles(second, { catalog: true }).keys()].sort())
    expect(after).toContain(issueFile('2024-05-06'))
    expect(after).toContain(issueFile('2024-05-08'))
    expect(after).not.toContain(issueFile('2024-05-07'))
    // Of the issue files only the changed and the new one are written; the catalog names them.
    expect(written.filter((f) => f.startsWith('issues/')).sort()).toEqual(
      [after.find((f) => f.startsWith('issues/2024-05-07-')), after.find((f) => f.startsWith('issues/2024-05-09-'))].sort(),
    )
    expect(written).toContain('catalog.json')
    expect(written).toContain('index.json')
    // Files whose bytes did not change keep their time (the id map's shards mostly do).
    expect(written.length).toBeLessThan(after.length)
    const catalog = JSON.parse(readFileSync(join(out, 'catalog.json'), 'utf8')) as { issues: { body: string }[] }
    expect(catalog.issues.map((i) => i.body).sort()).toEqual(after.filter((f) => f.startsWith('issues/')))
  })

  it('writes again a file whose bytes on disk differ from the bundle, even under the same name', async () => {
    const input = await writeInput({ '6.txt': day(6) })
    const out = await writeInput({})
    dirs.push(input, out)
    const result = await ingestDirectory(input)
    await writeBundle(result, out)
    const body = filesIn(out).find((f) => f.startsWith('issues/')) as string
    const good = readFileSync(join(out, body))
    writeFileSync(join(out, body), good.subarray(0, 20))
    mkdirSync(join(out, 'issues/nested'), { recursive: true })
    writeFileSync(join(out, 'issues/nested/stale.json'), '{}')
    await writeBundle(result, out)
    expect(readFileSync(join(out, body))).toEqual(good)
    expect(filesIn(out)).toEqual([...bundleFiles(result).keys()].sort())
    expect(filesIn(out)).not.toContain('issues/nested/stale.json')
  })

  it('writes catalog.json only when asked for, and removes it when no longer asked for', async () => {
    const input = await writeInput({ '6.txt': day(6) })
    const out = await writeInput({})
    dirs.push(input, out)
    const result = await ingestDirectory(input)
    await writeBundle(result, out)
    expect(filesIn(out)).not.toContain('catalog.json')
    await writeBundle(result, out, { catalog: true })
    expect(JSON.parse(readFileSync(join(out, 'catalog.json'), 'utf8'))).toMatchObject({ issues: [{ id: result.catalog.issues[0]!.id }] })
    await writeBundle(result, out)
    expect(filesIn(out)).not.toContain('catalog.json')
  })

  it('does not read again an issue body the cache kept when its file is there whole; rewrites it when its size differs', async () => {
    const input = await writeInput({ '6.txt': day(6), '7.txt': day(7) })
    const out = await writeInput({})
    const cacheDir = await writeInput({})
    dirs.push(input, out, cacheDir)
    const cache = { dir: cacheDir, version: 'test', warn: () => undefined }
    await writeBundle(await ingestDirectory(input, { cache }), out)
    const warm = await ingestDirectory(input, { cache })
    const reads: string[] = []
    const watched = new Map([...warm.bodies.keys()].map((id) => [id, () => (reads.push(id), new Uint8Array())]))
    for (const [id, load] of watched) warm.bodies.setLazyBody(id, warm.bodies.digest(id)!, warm.bodies.bytesOf(id)!, load)
    const before = filesIn(out)
    await writeBundle(warm, out)
    expect(reads).toEqual([])
    expect(filesIn(out)).toEqual(before)

    const body = before.find((f) => f.startsWith('issues/')) as string
    const good = readFileSync(join(out, body))
    writeFileSync(join(out, body), good.subarray(0, 20))
    const again = await ingestDirectory(input, { cache })
    await writeBundle(again, out)
    expect(readFileSync(join(out, body))).toEqual(good)
  })
})
