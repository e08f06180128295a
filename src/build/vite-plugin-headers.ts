// Sends the security and caching headers from the preview server that `npm start` runs.
import type { Plugin } from 'vite'
import { securityHeaders } from './security-headers.ts'

export function banmianHeaders(): Plugin {
  return {
    name: 'banmian-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/'
        for (const [name, value] of Object.entries(securityHeaders(path))) res.setHeader(name, value)
        next()
      })
    },
  }
}
