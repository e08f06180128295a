import qrcode from 'qrcode-generator'
import { describe, expect, it } from 'vitest'
import { qrCodePath, shareableUrl } from './share'

describe('shareableUrl', () => {
  const article = 'https://banmian.example/articles/a1b2c3'

  it('keeps the marked text and the paragraph the reader is at', () => {
    const url = shareableUrl(article, 'https://banmian.example/articles/a1b2c3?hl=%E8%A1%A2%E5%B7%9E&x=1#p3')
    expect(url).toBe('https://banmian.example/articles/a1b2c3?hl=%E8%A1%A2%E5%B7%9E#p3')
    expect(new URL(url).searchParams.get('hl')).toBe('衢州')
  })

  it('gives the plain address when there is nothing to keep, and drops anchors that are not paragraphs', () => {
    expect(shareableUrl(article, 'https://banmian.example/articles/a1b2c3')).toBe(article)
    expect(shareableUrl(article, 'https://banmian.example/articles/a1b2c3#main')).toBe(article)
  })
})

describe('qrCodePath', () => {
  it('draws the same modules as the encoder, one unit square each', async () => {
    const text = 'https://banmian.example/articles/a1b2c3?hl=%E8%A1%A2#p3'
    const { size, path } = await qrCodePath(text)
    const reference = qrcode(0, 'M')
    reference.addData(text, 'Byte')
    reference.make()
    expect(size).toBe(reference.getModuleCount())
    let dark = 0
    for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) if (reference.isDark(r, c)) dark++
    expect(path.match(/M\d+ \d+h1v1h-1z/g)).toHaveLength(dark)
    expect(path).toMatch(/^(M\d+ \d+h1v1h-1z)+$/)
  })
})
