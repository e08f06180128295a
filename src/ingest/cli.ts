// npm run ingest -- <inputDir> <outDir> [--cache <dir> | --no-cache] [--catalog]
import { stat } from 'node:fs/promises'
import { cacheDirFromEnv } from './cache'
import { ingestDirectory } from './ingest'
import { tuneV8ForIngest } from './v8-tuning'
import { writeBundle } from './write'

function usage(message: string): never {
  console.error(`${message}\n用法 (usage): npm run ingest -- <inputDir> <outDir> [--cache <dir> | --no-cache] [--catalog]`)
  process.exit(2)
}

async function main(): Promise<void> {
  tuneV8ForIngest()
  const args = process.argv.slice(2)
  // The cache of unchanged pages' results: node_modules/.cache by default, BANMIAN_CACHE=<dir> or --cache <dir> elsewhere, off with BANMIAN_CACHE=off or --no-cache.
  let cacheDir = cacheDirFromEnv()
  // catalog.json (the whole catalog in one file) only when asked for: no route loads it, and it grows with the archive.
  let catalog = /^(1|on|true|yes)$/i.test(process.env.BANMIAN_CATALOG ?? '')
  const positional: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (arg === '--no-cache') cacheDir = false
    else if (arg === '--catalog') catalog = true
    else if (arg === '--cache') cacheDir = args[++i] || usage('--cache 需要目录 (--cache needs a folder)')
    else if (arg.startsWith('--cache=')) cacheDir = arg.slice('--cache='.length) || usage('--cache 需要目录 (--cache needs a folder)')
    else if (arg.startsWith('--')) usage(`未知选项: ${arg} (unknown option)`)
    else positional.push(arg)
  }
  const [inputDir, outDir] = positional
  if (!inputDir || !outDir || positional.length > 2) usage('缺少参数 (missing arguments)')
  const info = await stat(inputDir).catch(() => undefined)
  if (!info?.isDirectory()) usage(`输入目录不存在: ${inputDir} (input folder not found)`)
  const started = performance.now()
  const showProgress = process.stderr.isTTY
  const result = await ingestDirectory(inputDir, {
    cache: cacheDir ? { dir: cacheDir } : undefined,
    onProgress: (done, total) => {
      if (total >= 50 && (done % 25 === 0 || done === total)) {
        const line = `  ${done}/${total} files`
        if (showProgress) process.stderr.write(`\r${line}`)
        else if (done % 500 === 0 || done === total) console.error(line)
      }
    },
  })
  if (showProgress) process.stderr.write('\n')
  const bytes = await writeBundle(result, outDir, { catalog })
  const seconds = (performance.now() - started) / 1000
  const { stats } = result
  console.log(
    `ingest: ${stats.files} files → ${stats.pages} pages, ${stats.issues} issues, ${stats.articles} articles; ` +
      `${(stats.bytes / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s ` +
      `(page steps ${stats.pageSeconds.toFixed(2)} s on ${stats.threads} thread${stats.threads > 1 ? 's' : ''}, assembly ${stats.assembleSeconds.toFixed(2)} s); ` +
      `bundle ${(bytes / 1e6).toFixed(2)} MB → ${outDir}` +
      (result.cache ? `; ${result.cache.pages.hits}/${stats.files} pages from the cache` : ''),
  )
  for (const e of result.errors) console.error(`error: ${e.file}:${e.line}: ${e.message}`)
  for (const w of result.warnings.slice(0, 50)) console.warn(`warning: ${w.file}:${w.line}: ${w.message}`)
  if (result.warnings.length > 50) console.warn(`… ${result.warnings.length - 50} more warnings (all are in catalog.json, written with --catalog)`)
  if (stats.pages === 0) {
    console.error('没有可用的版面，未生成数据包内容 (no usable pages were produced)')
    process.exit(1)
  }
}

main().catch((e: unknown) => {
  console.error(`ingest failed: ${e instanceof Error ? e.message : String(e)}`)
  process.exit(1)
})
