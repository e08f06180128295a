import { readFileSync } from 'node:fs'
import { SearchManifest, Shard, ShardIndexFile } from './src/search/files.ts'
import { loadShard, SearchIndex, SearchRun } from './src/search/engine.ts'
import { importShardIndex } from './src/search/flex-index.ts'
const dir = process.argv[2]!
const t = () => performance.now()
const manifest = SearchManifest.parse(JSON.parse(readFileSync(`${dir}/search/manifest.json`, 'utf8')))
console.log('shards', manifest.shards.length)
for (const n of [0, 1, 2]) {
  const e = manifest.shards[n]!
  let a = t(); const rawS = readFileSync(`${dir}/${e.file}`, 'utf8'); const rawI = readFileSync(`${dir}/${e.index}`, 'utf8'); const tRead = t() - a
  a = t(); const js = JSON.parse(rawS); const ji = JSON.parse(rawI); const tJson = t() - a
  a = t(); const s = Shard.parse(js); const i = ShardIndexFile.parse(ji); const tZod = t() - a
  a = t(); importShardIndex(i.chunks); const tImp = t() - a
  a = t(); const l = loadShard(e, s, i); const tLoad = t() - a
  const idx = new SearchIndex(manifest)
  a = t(); const run = new SearchRun(idx, { query: '发展' }, 200); run.add(n, l); const tRun = t() - a
  console.log(e.period, 'bytes', e.bytes, 'text', rawS.length, 'idx', rawI.length, { tRead, tJson, tZod, tImp, tLoad, tRun })
}
