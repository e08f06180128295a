// The preview server that `npm start` runs: security and caching headers on
// every response, a real 404 for missing bundle files, and the app's shell
// (app.html) for every other path without a file of its own, as index.html is
// the prerendered home page.
import { existsSync, statSync } from 'node:fs'
import { join, normalize, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { APP_SHELL } from './prerender.ts'
import { securityHeaders } from './security-headers.ts'

/** Is there a file at path? No for a folder, a name too long for the file system, or anything else it refuses. */
const isFile = (path: string) => {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false
  } catch {
    return false
  }
}

export function banmianHeaders(): Plugin {
  return {
    name: 'banmian-headers',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir)
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')
        for (const [name, value] of Object.entries(securityHeaders(path))) res.setHeader(name, value)
        const file = join(outDir, normalize(path).replace(/^(\.\.[/\\])+/, ''))
        if (path.startsWith('/data/') && !existsSync(file)) {
          res.statusCode = 404
          res.setHeader('Content-Type', 'text/plain; charset=utf-8')
          res.end('not found')
          return
        }
        // index.html is the prerendered home page: a path with no file of its own (nor a prerendered <path>.html) gets the
        // app's shell instead, which the app fills in for that route (the SPA fallback).
        if (path !== '/' && !path.startsWith('/data/') && !isFile(file) && !isFile(`${file}.html`) && isFile(join(outDir, APP_SHELL)))
          req.url = `/${APP_SHELL}`
        next()
      })
    },
  }
}
