// The response headers Banmian is served with: one definition for the preview
// server (`npm start`), the tests, and the documented static deployment.

/** No inline or foreign scripts; styles may be inline (React style attributes, the font's @font-face). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')

const IMMUTABLE = 'public, max-age=31536000, immutable'
const REVALIDATE = 'no-cache'

/** Hashed names never change content: Vite's assets, the subset fonts, the issue bodies, year lists and search shards. The id map's
 * shards keep their names as the archive grows (split.ts), so they are revalidated like index.json. */
export function cacheControlFor(path: string): string {
  if (
    /^\/assets\//.test(path) ||
    /^\/data\/(issues|years\/[^/]+|places\/[^/]+)\/[^/]+\.[0-9a-f]{10}\.json$/.test(path) ||
    /^\/data\/search\/[^/]+\.[0-9a-f]{10}(\.index)?\.json$/.test(path)
  )
    return IMMUTABLE
  return REVALIDATE
}

export function securityHeaders(path: string): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    'Cache-Control': cacheControlFor(path),
  }
}
