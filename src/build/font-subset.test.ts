import { describe, expect, it } from 'vitest'
import { collectText, fontHeadHtml, subsetFonts, uniqueChars } from './font-subset'

describe('font subset', () => {
  it('collects every string in a JSON value', () => {
    expect(collectText({ a: '报', b: ['纸', { c: '版面' }], n: 3, t: true })).toBe('报纸版面')
  })

  it('always keeps printable ASCII and lists each character once', () => {
    const chars = uniqueChars('版面版面')
    expect(chars).toContain('版')
    expect(chars).toContain('A')
    expect(chars.split('版')).toHaveLength(2)
  })

  it('subsets both weights to small woff2 files with content-hashed names', async () => {
    const fonts = await subsetFonts('衢州日报')
    expect(fonts.map((f) => f.weight)).toEqual([400, 700])
    for (const font of fonts) {
      expect(font.data.subarray(0, 4).toString('latin1')).toBe('wOF2')
      expect(font.data.length).toBeLessThan(100_000)
      expect(font.fileName).toMatch(/^assets\/banmian-serif-\d00-[0-9a-f]{8}\.woff2$/)
    }
    const html = fontHeadHtml(fonts, '/')
    expect(html).toContain(`src:url('/${fonts[0]!.fileName}') format('woff2')`)
    expect(html).toContain('rel="preload"')
  })
})
