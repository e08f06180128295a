import { describe, expect, it } from 'vitest'
import { splitDateline } from './byline'
import { readFurniture } from './epaper'
import { forgetLines, memoByLine } from './line-memo'

/** A reader that counts how often it is asked, per line. */
function counted<R>(answer: (line: string) => R) {
  const asked = new Map<string, number>()
  const read = (line: string) => {
    asked.set(line, (asked.get(line) ?? 0) + 1)
    return answer(line)
  }
  return { read, asked }
}

describe('memoByLine', () => {
  it('answers as the reader does, reading each line once', () => {
    const { read, asked } = counted((line) => line.length)
    const memo = memoByLine(read)
    expect([memo('上一版'), memo('下一版 返回目录'), memo('上一版')]).toEqual([3, 8, 3])
    expect(asked.get('上一版')).toBe(1)
  })

  it('remembers that a line has no answer', () => {
    const { read, asked } = counted((line) => (line.startsWith('第') ? { page: line } : undefined))
    const memo = memoByLine(read)
    expect(memo('市民文化节开幕')).toBeUndefined()
    expect(memo('市民文化节开幕')).toBeUndefined()
    expect(memo('第3版')).toEqual({ page: '第3版' })
    expect(asked.get('市民文化节开幕')).toBe(1)
  })

  it('hands every caller the same answer for a line', () => {
    const memo = memoByLine((line) => ({ line }))
    expect(memo('本报讯')).toBe(memo('本报讯'))
  })

  it('reads lines longer than its limit anew each time', () => {
    const { read, asked } = counted((line) => line.length)
    const memo = memoByLine(read, 4)
    memo('一二三四五')
    memo('一二三四五')
    memo('一二三四')
    memo('一二三四')
    expect(asked.get('一二三四五')).toBe(2)
    expect(asked.get('一二三四')).toBe(1)
  })

  it('reads a line again once the page is over', () => {
    const { read, asked } = counted((line) => line.length)
    const memo = memoByLine(read)
    memo('返回目录')
    forgetLines()
    memo('返回目录')
    expect(asked.get('返回目录')).toBe(2)
  })

  it('keeps to a bounded number of lines when nothing forgets them', () => {
    const { read, asked } = counted((line) => line.length)
    const memo = memoByLine(read)
    memo('第0行')
    for (let i = 1; i <= 5000; i++) memo(`第${i}行`)
    memo('第0行')
    expect(asked.get('第0行')).toBe(2)
  })
})

describe('the readers remembered per page', () => {
  it('read a line the same the second time, and after the page is forgotten', () => {
    const lines = ['上一版  下一版', '本报讯（记者 王小明）昨天上午，市民文化节开幕。', '市民文化节开幕', '作者：张三  时间：2024-06-03']
    const read = () => lines.map((l) => ({ furniture: readFurniture(l), dateline: splitDateline(l) }))
    const first = read()
    expect(read()).toEqual(first)
    forgetLines()
    expect(read()).toEqual(first)
    expect(first.map((r) => [r.furniture?.kind, r.dateline?.byline])).toEqual([
      ['navigation', undefined],
      [undefined, '本报讯（记者 王小明）'],
      [undefined, undefined],
      ['articleInfo', undefined],
    ])
  })
})
