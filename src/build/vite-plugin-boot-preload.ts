import type { Plugin } from 'vite'

/** What bootChunks reads of a bundle's chunk (the same in Rollup's and Rolldown's output). */
interface Chunk {
  type: 'chunk'
  fileName: string
  imports: string[]
  dynamicImports: string[]
}
type Bundle = Record<string, Chunk | { type: 'asset' }>

/**
 * The chunks src/main.tsx imports dynamically to evaluate the app in steps, with everything they import statically: what
 * the app needs before its first render. Dynamic imports below them (the routes' lazy components, the search worker's
 * client) are not followed: those load when their route or feature does.
 */
export function bootChunks(bundle: Bundle, entry: Chunk): string[] {
  const chunks = Object.values(bundle).filter((c): c is Chunk => c.type === 'chunk')
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const found = new Set<string>()
  const visit = (name: string) => {
    if (found.has(name)) return
    found.add(name)
    for (const next of byName.get(name)?.imports ?? []) visit(next)
  }
  for (const name of entry.dynamicImports) visit(name)
  // The entry's own static imports already have their module preloads from Vite.
  for (const name of entry.imports) found.delete(name)
  return [...found]
}

/**
 * Module preloads in index.html for the chunks the entry imports dynamically at boot (src/main.tsx), so they are fetched
 * with the entry, not one round trip after it: the boot's steps spread the chunks' evaluation over several tasks, never
 * their download.
 */
export function bootPreload(): Plugin {
  let base = '/'
  return {
    name: 'banmian-boot-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // ctx.chunk: the entry chunk of this HTML file (its script, src/main.tsx).
        if (!ctx.bundle || !ctx.chunk) return html
        const links = bootChunks(ctx.bundle, ctx.chunk)
          .filter((name) => !html.includes(`/${name}"`))
          .map((name) => `<link rel="modulepreload" crossorigin href="${base}${name}">`)
        if (!links.length) return html
        // After the entry's own script and preloads, in the head.
        return html.replace('</head>', `    ${links.join('\n    ')}\n  </head>`)
      },
    },
  }
}
