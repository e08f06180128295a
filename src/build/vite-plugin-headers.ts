// The preview server that `npm start` runs: security and caching headers on
// every response, and a real 404 for missing bundle files (the SPA fallback
// would otherwise answer them with index.html).
import { existsSync } from 'node:fs'
import { join, normalize, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { securityHeaders } from './security-headers.ts'

export function banmianHeaders(): Plugin {
  return {
    name: 'banmian-headers',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir)
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')
        for (const [name, value] of Object.entries(securityHeaders(path))) res.setHeader(name, value)
        if (path.startsWith('/data/') && !existsSync(join(outDir, normalize(path).replace(/^(\.\.[/\\])+/, '')))) {
          res.statusCode = 404
          res.setHeader('Content-Type', 'text/plain; charset=utf-8')
          res.end('not found')
          return
        }
        next()
      })
    },
  }
}
