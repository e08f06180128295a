// Thin Vite shell around the ingest: builds the bundle from seeds/ on dev start
// and on build, serves it from memory in dev (re-ingesting when a seed changes)
// and emits it into dist/data/ on build, together with the subset Chinese font
// and (src/build/prerender.ts) static HTML for every article and page.
import { readFile, writeFile } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { tsImport } from 'tsx/esm/api'
import type { Plugin, ResolvedConfig } from 'vite'
import { type BundleContent, type BundleFile, bundleFiles, readBodies } from '../ingest/write.ts'
import { cacheDirFromEnv } from '../ingest/cache.ts'
import { buildSearchFiles } from '../search/build-shards.ts'
import { readBundleDir } from './bundle-files.ts'
import { type CharCounts, countChars, countJsonChars, fontHeadHtml, fontStylesheet, readUiText, subsetFonts, type FontFile } from './font-subset.ts'
import { APP_SHELL, appShellHtml, dataPaths, homeHtml, writePrerendered } from './prerender.ts'
import { buildSearchFilesCached } from './search-cache.ts'

export interface BundlePluginOptions {
  /** Directory of seed pages to ingest. */
  seedsDir?: string
  /** Use an already-written bundle instead of ingesting (e.g. test/fixtures/bundle). */
  bundleDir?: string
}

interface Built {
  files: Map<string, BundleFile>
  fonts: FontFile[]
  /** The fonts' @font-face rules, one stylesheet. */
  fontCss: { fileName: string; css: string }
  /** Kept for the prerendered HTML, written once the app's index.html is. */
  content: BundleContent
}

type IngestModule = typeof import('../ingest/ingest.ts')

// Vite bundles its config without the `@/*` alias, and the ingest uses it; tsx
// honours tsconfig paths, so the ingest is loaded through tsx at run time.
function loadIngest(root: string): Promise<IngestModule> {
  return tsImport(pathToFileURL(resolve(root, 'src/ingest/ingest.ts')).href, import.meta.url) as Promise<IngestModule>
}

export function banmianBundle(options: BundlePluginOptions = {}): Plugin {
  let config: ResolvedConfig
  let built: Promise<Built> | undefined

  async function build(): Promise<Built> {
    const started = Date.now()
    const content = await readContent()
    const ingested = Date.now()
    const uiText = await readUiText(resolve(config.root, 'src'))
    const counts: CharCounts = new Map()
    // The UI's words are on every screen: they count once per issue.
    countChars(counts, uiText, Math.max(1, content.catalog.issues.length))
    countJsonChars(counts, [content.catalog, ...content.bodies.values()])
    const counted = Date.now()
    const fonts = await subsetFonts(counts)
    const fontBytes = [400, 700].map((w) => `${w}: ${fonts.filter((f) => f.weight === w).reduce((n, f) => n + f.data.length, 0)} B`).join(', ')
    const steps = `ingest ${ingested - started} ms, characters ${counted - ingested} ms, subset ${Date.now() - counted} ms`
    config.logger.info(`banmian: ${content.catalog.issues.length} issues, fonts ${fontBytes} in ${fonts.length / 2} slices (${steps})`)
    // The search shards (data/search/…) are cut from the same content; unchanged ones come from the cache.
    const cacheDir = cacheDirFromEnv(process.env, resolve(config.root, 'node_modules/.cache/banmian'))
    const search = cacheDir ? buildSearchFilesCached(content.catalog, content.bodies, { dir: cacheDir, root: config.root }).files : buildSearchFiles(content.catalog, readBodies(content.bodies))
    // catalog.json too: no route loads it, but the browser tests and the Lighthouse and page-load benches read it from dist/.
    const files = new Map([...bundleFiles(content, { catalog: true }), ...search])
    return { files, fonts, fontCss: fontStylesheet(fonts, config.base), content }
  }

  async function readContent(): Promise<BundleContent> {
    if (options.bundleDir) return readBundleDir(resolve(config.root, options.bundleDir))
    const { ingestDirectory, defaultCache } = await loadIngest(config.root)
    const result = await ingestDirectory(resolve(config.root, options.seedsDir ?? 'seeds'), { cache: defaultCache() })
    for (const w of result.errors) config.logger.error(`banmian: ${w.file}:${w.line} ${w.message}`)
    if (result.warnings.length) config.logger.warn(`banmian: ${result.warnings.length} ingest warnings`)
    return result
  }

  return {
    name: 'banmian-bundle',
    configResolved(resolved) {
      config = resolved
    },
    buildStart() {
      if (config.command === 'build') built = build()
    },
    configureServer(server) {
      built = build()
      // Keep the dev server up when ingest fails: /data requests answer 500 and the app shows its error view.
      built.catch((e: unknown) => config.logger.error(`banmian: ${String(e)}`))
      const seeds = resolve(config.root, options.bundleDir ?? options.seedsDir ?? 'seeds')
      server.watcher.add(seeds)
      server.watcher.on('all', (_event, file) => {
        if (!resolve(file).startsWith(seeds + sep)) return
        built = build()
        built.then(
          () => server.ws.send({ type: 'full-reload' }),
          (e: unknown) => config.logger.error(`banmian: ${String(e)}`),
        )
      })
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').slice(config.base.length)
        if (!path.startsWith('data/') && !path.startsWith('assets/banmian-')) return next()
        built!.then(
          ({ files, fonts, fontCss }) => {
            if (path === fontCss.fileName) {
              res.setHeader('Content-Type', 'text/css; charset=utf-8')
              return res.end(fontCss.css)
            }
            const json = files.get(path.slice('data/'.length))
            const font = fonts.find((f) => f.fileName === path)
            if (json === undefined && !font) {
              // An unknown bundle file is a 404, not Vite's SPA fallback page.
              if (!path.startsWith('data/')) return next()
              res.statusCode = 404
              return res.end()
            }
            res.setHeader('Content-Type', font ? 'font/woff2' : 'application/json; charset=utf-8')
            res.end(font ? font.data : json)
          },
          (e: unknown) => {
            res.statusCode = 500
            res.end(String(e))
          },
        )
      })
    },
    async transformIndexHtml(html) {
      // In dev a failed ingest still serves the page (without fonts) so the error view can show.
      const head = await built!.then(
        (b) => fontHeadHtml(b.fontCss.fileName, config.base),
        (e: unknown) => {
          if (config.command === 'build') throw e
          return ''
        },
      )
      // Every route starts with index.json: fetched with the app's code, not after it (crossorigin: as fetch() asks).
      const index = `<link rel="preload" href="${config.base}data/index.json" as="fetch" crossorigin>`
      return html.replace('</head>', `${index}\n${head}\n</head>`)
    },
    async generateBundle() {
      const { files, fonts, fontCss } = await built!
      this.emitFile({ type: 'asset', fileName: fontCss.fileName, source: fontCss.css })
      for (const [path, source] of files) this.emitFile({ type: 'asset', fileName: `data/${path}`, source })
      for (const f of fonts) this.emitFile({ type: 'asset', fileName: f.fileName, source: f.data })
    },
    // Static HTML per article and page, from the built index.html; written straight to disk, one issue at a time.
    async writeBundle(output) {
      const { content, files: data } = await built!
      const outDir = output.dir ?? resolve(config.root, config.build.outDir)
      const started = Date.now()
      const template = await readFile(resolve(outDir, 'index.html'), 'utf8')
      const site = { base: config.base, siteUrl: process.env.BANMIAN_SITE_URL, data: dataPaths(data) }
      const { files, bytes } = writePrerendered(content, template, outDir, site)
      // The shell answers every path without a file of its own (app.html); index.html, which answers "/", is the home page.
      await writeFile(resolve(outDir, APP_SHELL), appShellHtml(template, site))
      await writeFile(resolve(outDir, 'index.html'), homeHtml(content, template, site))
      config.logger.info(`banmian: prerendered the home page and ${files} pages and articles, ${(bytes / 1e6).toFixed(1)} MB (${Date.now() - started} ms)`)
    },
  }
}
