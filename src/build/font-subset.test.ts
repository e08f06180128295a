import { describe, expect, it } from 'vitest'
import { type CharCounts, countChars, countJsonChars, FIRST_SLICE_CHARS, FONT_LINK_ID, fontHeadHtml, fontStylesheet, MAX_SLICES, sliceChars, subsetFonts, unicodeRange } from './font-subset'

const code = (c: string) => c.codePointAt(0)!

describe('font subset', () => {
  it('counts the non-ASCII characters of JSON bodies, as objects or as bytes, one at a time', () => {
    const counts: CharCounts = new Map()
    function* bodies() {
      yield { a: '报', b: ['纸', { c: '版面' }], n: 3 }
      yield new TextEncoder().encode(JSON.stringify({ title: '报纸𠀋' }))
    }
    countJsonChars(counts, bodies())
    expect(counts.get(code('报'))).toBe(2)
    expect(counts.get(code('面'))).toBe(1)
    expect(counts.get(code('𠀋'))).toBe(1)
    expect(counts.has(code('a'))).toBe(false)
  })

  it('puts ASCII and the most frequent characters in the first slice, the rest in frequency order', () => {
    const counts: CharCounts = new Map()
    // 1,000 distinct characters; the lower the code point, the more often it occurs.
    for (let i = 0; i < 1000; i++) countChars(counts, String.fromCodePoint(0x4e00 + i), 1000 - i)
    const slices = sliceChars(counts)
    expect(slices[0]).toContain(code('A'))
    expect(slices[0]).toContain(0x4e00)
    expect(slices[0]).toHaveLength(95 + FIRST_SLICE_CHARS)
    expect(slices[1]![0]).toBe(0x4e00 + FIRST_SLICE_CHARS)
    expect(slices.flat()).toHaveLength(95 + 1000)
    expect(slices.length).toBeLessThanOrEqual(MAX_SLICES)
  })

  it('never cuts more than MAX_SLICES slices, however many characters', () => {
    const counts: CharCounts = new Map()
    for (let i = 0; i < 30_000; i++) counts.set(0x4e00 + i, 1)
    const slices = sliceChars(counts)
    expect(slices).toHaveLength(MAX_SLICES)
    expect(slices.flat()).toHaveLength(95 + 30_000)
  })

  it('writes unicode-range with runs joined', () => {
    expect(unicodeRange([0x4e2d, 0x21, 0x20, 0x22, 0x4e00])).toBe('U+20-22,U+4E00,U+4E2D')
  })

  it('subsets both weights into small woff2 slices with content-hashed names, and loads them without holding back the first paint', async () => {
    const counts: CharCounts = new Map()
    countChars(counts, '衢州日报')
    const fonts = await subsetFonts(counts)
    expect(fonts.map((f) => [f.weight, f.slice])).toEqual([[400, 0], [700, 0]])
    for (const font of fonts) {
      expect(font.data.subarray(0, 4).toString('latin1')).toBe('wOF2')
      expect(font.data.length).toBeLessThan(100_000)
      expect(font.fileName).toMatch(/^assets\/banmian-serif-\d00-0-[0-9a-f]{8}\.woff2$/)
      expect(font.unicodeRange).toContain('U+20-7E')
      expect(font.unicodeRange).toContain('U+8862') // 衢
    }
    const sheet = fontStylesheet(fonts, '/')
    expect(sheet.fileName).toMatch(/^assets\/banmian-fonts-[0-9a-f]{8}\.css$/)
    expect(sheet.css).toContain(`src:url('/${fonts[0]!.fileName}') format('woff2');unicode-range:U+20-7E,`)
    expect(sheet.css).toContain('font-display:swap')
    expect(sheet.css.match(/@font-face/g)).toHaveLength(2)
    const html = fontHeadHtml(sheet.fileName, '/')
    // No slice is preloaded: none is on the first paint's path.
    expect(html).not.toContain('rel="preload"')
    // Fetched at once but applied once the app has rendered (theme-init.js), and at once without JavaScript.
    expect(html).toContain(`<link rel="stylesheet" href="/${sheet.fileName}" media="print" id="${FONT_LINK_ID}">`)
    expect(html).toContain(`<noscript><link rel="stylesheet" href="/${sheet.fileName}"></noscript>`)
  })
})
