import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decode, DecodeError } from './decode'

const text = '某某日报\r\n\r\n本报讯(记者 张三)今天，全市召开会议。\r\n'

describe('decode', () => {
  it('reads UTF-8 with and without BOM and normalises CRLF and CR', () => {
    const plain = decode(new TextEncoder().encode(text))
    expect(plain).toMatchObject({ encoding: 'utf-8', text: text.replace(/\r\n/g, '\n') })
    const bom = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))
    expect(bom).toMatchObject({ encoding: 'utf-8-bom', text: plain.text })
    expect(decode(new TextEncoder().encode('甲\r乙')).text).toBe('甲\n乙')
  })

  it('reads UTF-16 with BOM', () => {
    const le = iconv.encode(text, 'utf-16le', { addBOM: true })
    expect(decode(le)).toMatchObject({ encoding: 'utf-16le', text: text.replace(/\r\n/g, '\n') })
  })

  it('detects GB18030/GBK and warns that it converted', () => {
    const r = decode(iconv.encode(text, 'gbk'))
    expect(r.encoding).toBe('gb18030')
    expect(r.text).toBe(text.replace(/\r\n/g, '\n'))
    expect(r.warnings[0]?.message).toMatch(/GB18030/)
  })

  it('keeps a UTF-8 file with a stray bad byte as UTF-8 and names the damaged line', () => {
    const good = new TextEncoder().encode('第一行文字内容比较长，全是正常的中文。\n第二行')
    const bytes = new Uint8Array([...good, 0xff, ...new TextEncoder().encode('结束。')])
    const r = decode(bytes)
    expect(r.encoding).toBe('utf-8')
    expect(r.warnings[0]).toMatchObject({ line: 2 })
  })

  it('refuses empty, blank and binary files with a clear reason', () => {
    expect(() => decode(new Uint8Array())).toThrow(DecodeError)
    expect(() => decode(new TextEncoder().encode(' \n\t\n'))).toThrow(/空白/)
    expect(() => decode(new Uint8Array(Array.from({ length: 400 }, (_, i) => i % 7)))).toThrow(/binary/)
  })

  it('reads a web page’s no-break and fixed-width spaces as plain spaces', () => {
    expect(decode(new TextEncoder().encode('记者\u00a0\u00a0张\u00a0\u00a0三\u2002摄\r\n')).text).toBe('记者  张  三 摄\n')
  })

  it('drops NUL characters with a warning', () => {
    const r = decode(new TextEncoder().encode('甲\0乙'))
    expect(r.text).toBe('甲乙')
    expect(r.warnings[0]?.message).toMatch(/NUL/)
  })
})
