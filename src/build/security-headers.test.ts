import { describe, expect, it } from 'vitest'
import { cacheControlFor, CONTENT_SECURITY_POLICY, securityHeaders } from './security-headers'

describe('security headers', () => {
  it('allows no inline or foreign scripts', () => {
    const script = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'))
    expect(script).toBe("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
  })

  it('caches hashed files forever and revalidates everything else', () => {
    expect(cacheControlFor('/assets/index-Ab12Cd.js')).toContain('immutable')
    expect(cacheControlFor('/data/issues/2024-11-30-abc.0123456789.json')).toContain('immutable')
    expect(cacheControlFor('/data/years/3fa9c2d1/2024.0123456789.json')).toContain('immutable')
    expect(cacheControlFor('/data/places/3fa9c2d1/undated.0123456789.json')).toContain('immutable')
    // The id map's shards keep their names while their content changes (a day added to the archive).
    expect(cacheControlFor('/data/lookup/p3/a3f.json')).toBe('no-cache')
    expect(cacheControlFor('/data/search/shard-2024-Q3.0123456789.json')).toContain('immutable')
    expect(cacheControlFor('/data/search/shard-2024-Q3.0123456789.index.json')).toContain('immutable')
    expect(cacheControlFor('/data/search/manifest.json')).toBe('no-cache')
    expect(cacheControlFor('/data/catalog.json')).toBe('no-cache')
    expect(cacheControlFor('/data/index.json')).toBe('no-cache')
    expect(cacheControlFor('/')).toBe('no-cache')
    expect(cacheControlFor('/articles/abc')).toBe('no-cache')
  })

  it('sends nosniff and a referrer policy', () => {
    expect(securityHeaders('/')).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' })
  })
})
