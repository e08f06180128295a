// The entry (src/main.tsx) imports the app only after the first paint, and Vite preloads a dynamic import's modules only
// when it runs. This adds <link rel="modulepreload"> for the app's chunk and every chunk it imports to index.html, so
// the browser fetches them with the entry, in parallel, and the wait for a paint costs no round trip.
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite'

/** The chunk of `appModule` (a dynamic import of the entry) and the chunks it imports statically, transitively. */
export function appChunkFiles(bundle: Rollup.OutputBundle, entry: Rollup.OutputChunk, appModule: RegExp): string[] {
  const chunk = (file: string) => {
    const c = bundle[file]
    return c?.type === 'chunk' ? c : undefined
  }
  const app = entry.dynamicImports.map(chunk).find((c) => c?.facadeModuleId && appModule.test(c.facadeModuleId))
  if (!app) return []
  const files = new Set<string>()
  const visit = (c: Rollup.OutputChunk) => {
    if (files.has(c.fileName)) return
    files.add(c.fileName)
    for (const f of c.imports) {
      const next = chunk(f)
      if (next) visit(next)
    }
  }
  visit(app)
  // The entry's own imports are preloaded by Vite already.
  for (const f of entry.imports) files.delete(f)
  return [...files]
}

export function bootPreload(appModule = /[/\\]src[/\\]app\.tsx$/): Plugin {
  let base = '/'
  return {
    name: 'banmian:boot-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }): HtmlTagDescriptor[] {
        if (!bundle || !chunk) return []
        return appChunkFiles(bundle, chunk, appModule).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head',
        }))
      },
    },
  }
}
