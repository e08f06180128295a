import { afterEach, describe, expect, it, vi } from 'vitest'
import { type SearchDoc, shardIndexOf, shardOf } from '@/search/build-shards'
import { SEARCH_VERSION, type SearchManifest } from '@/search/files'
import { ArchiveSearch, type FromSearch } from './archive-search'

/** A manifest of `n` one-day shards, newest first, each with one article that says 发展; the files by path. */
function archive(n: number): Map<string, string> {
  const files = new Map<string, string>()
  const manifest: SearchManifest = { version: SEARCH_VERSION, papers: [{ id: 'p', name: '测试日报' }], places: [], shards: [] }
  for (let s = 0; s < n; s++) {
    const date = `2024-12-${String(28 - s).padStart(2, '0')}`
    const docs: SearchDoc[] = [[`a${s}`, '1', 'news', '', `第${s}条`, '', '高质量发展', '1', []]]
    const shard = shardOf([{ id: `i${s}`, paperId: 'p', date, docs }])
    files.set(`search/s${s}.json`, JSON.stringify(shard))
    files.set(`search/s${s}.index.json`, JSON.stringify(shardIndexOf(shard)))
    manifest.shards.push({ file: `search/s${s}.json`, index: `search/s${s}.index.json`, period: date, newest: date, oldest: date, papers: ['p'], issues: 1, docs: 1, bytes: 100 })
  }
  files.set('search/manifest.json', JSON.stringify(manifest))
  return files
}

/** A fetch that answers shard files only when released, and records what was asked for. */
function heldFetch(files: Map<string, string>) {
  const asked: string[] = []
  const held: (() => void)[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL) => {
      const path = String(input).replace(/^\/data\//, '')
      asked.push(path)
      const answer = () => new Response(files.get(path) ?? 'not found', { status: files.has(path) ? 200 : 404 })
      if (path === 'search/manifest.json') return Promise.resolve(answer())
      return new Promise<Response>((resolve) => held.push(() => resolve(answer())))
    }),
  )
  return {
    asked,
    release() {
      for (const go of held.splice(0)) go()
    },
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10))

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the search worker’s archive search', () => {
  it('fetches the next shard while the newest is on its way, and still counts every match once', async () => {
    const net = heldFetch(archive(4))
    const posts: FromSearch[] = []
    const search = new ArchiveSearch((m) => posts.push(m))
    await settle()
    search.receive({ type: 'search', seq: 1, request: { query: '发展' } })
    await settle()
    // The newest shard's files are not in yet, and the one after it is already asked for; no further one.
    expect(net.asked.filter((p) => p !== 'search/manifest.json')).toEqual(['search/s0.json', 'search/s0.index.json', 'search/s1.json', 'search/s1.index.json'])
    for (let i = 0; i < 10 && !posts.some((m) => m.type === 'result' && !m.searching); i++) {
      net.release()
      await settle()
    }
    const last = posts.filter((m) => m.type === 'result').at(-1)
    expect(last && last.type === 'result' && !last.searching && last.response.total).toBe(4)
    expect(last?.type === 'result' && last.response.hits.map((h) => h.id)).toEqual(['a0', 'a1', 'a2', 'a3'])
    // Each shard was fetched once.
    expect(net.asked.filter((p) => p.endsWith('.index.json'))).toEqual(['search/s0.index.json', 'search/s1.index.json', 'search/s2.index.json', 'search/s3.index.json'])
  })
})
