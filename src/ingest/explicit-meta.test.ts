import { parse as parseYaml } from 'yaml'
import { describe, expect, it } from 'vitest'
import { readFlatYaml, splitFrontMatter } from './explicit-meta'

describe('readFlatYaml', () => {
  // Whatever the fast path accepts, it must read exactly as the YAML library does.
  const accepted = [
    'paper: 衢州日报\ndate: 2024-11-30\npage: 2',
    '报名: 嘉兴日报\n版别: 平湖版\n版次: 第二版\n版名: 要闻',
    'page: 02\nratio: 1.5\nexp: 1e3\nflag: true\nnone: ~\nempty:',
    'title: 一 - 二\nurl: http://example.com/a\ntime: 12:30',
    'pageName:   要闻  \n\npaper: 永康日报',
    'a: x#y\nb: 50%',
    'n: 5x\nm: +12\nk: 1.\nyes: no\n2024: 年',
  ]
  it.each(accepted)('reads %j as the YAML library does', (source) => {
    const fast = readFlatYaml(source)
    expect(fast).toBeDefined()
    expect(fast).toEqual(parseYaml(source))
  })

  const refused = [
    'paper: "衢州日报"',
    "paper: '衢州日报'",
    'paper: 衢州日报 # comment',
    'tags:\n  - 要闻\n  - 民生',
    'nested: a: b',
    'page: 1\npage: 2',
    '- a\n- b',
    'key: [1, 2]',
    'key: {a: 1}',
    'key: &anchor value',
    'key: |\n  block',
    '? complex',
    'hex: 0x1A',
    'odd: .inf',
    'paper : 衢州日报',
    'paper:\t衢州日报',
    '# 注释\npaper: 衢州日报',
    '',
  ]
  it.each(refused)('leaves %j to the YAML library', (source) => {
    expect(readFlatYaml(source)).toBeUndefined()
  })
})

describe('splitFrontMatter', () => {
  it('reads simple and involved front matter alike, and keeps line numbers true', () => {
    const simple = splitFrontMatter('---\npaper: 衢州日报\ndate: 2024-11-30\npage: 2\n---\n正文第一段。')
    const quoted = splitFrontMatter('---\npaper: "衢州日报"  # 报名\ndate: 2024-11-30\npage: 第二版\n---\n正文第一段。')
    for (const fm of [simple, quoted]) {
      expect(fm.meta).toEqual({ paper: '衢州日报', date: '2024-11-30', pageNumber: 2 })
      expect(fm.body.split('\n')[5]).toBe('正文第一段。')
      expect(fm.problems).toEqual([])
    }
  })

  it('takes a lettered page (A2, 第Ｂ３版) as a page label and says why an unreadable page is ignored', () => {
    for (const page of ['A2', '第A2版', 'Ａ２']) expect(splitFrontMatter(`---\npage: ${page}\n---\n正文。`).meta).toEqual({ pageLabel: 'A2' })
    expect(splitFrontMatter('---\npageLabel: 第Ｂ３版\n---\n正文。').meta).toEqual({ pageLabel: 'B3' })
    const bad = splitFrontMatter('---\npage: 头版\n---\n正文。')
    expect(bad.meta).toEqual({})
    expect(bad.problems).toEqual([{ line: 1, message: expect.stringContaining('pageNumber') }])
  })
})
