import { describe, expect, it } from 'vitest'
import { continues, continuesEach, reflow, splitsWord, splitsWords } from './reflow'

const frag = (...texts: string[]) => texts.map((text, i) => ({ text, startLine: i * 2 + 1, endLine: i * 2 + 1 }))

describe('reflow', () => {
  it('joins a fragment cut mid-sentence by a column break with the next block', () => {
    const r = reflow(frag('为家庭经济困难的 15 大类', '后天性疾病儿童提供救助。', '第二段。'))
    expect(r.paragraphs.map((p) => p.text)).toEqual(['为家庭经济困难的 15 大类后天性疾病儿童提供救助。', '第二段。'])
    expect(r.paragraphs[0]).toMatchObject({ startLine: 1, endLine: 3 })
  })

  it('never joins two real paragraphs', () => {
    const input = ['第一段结束了。', '“引语也结束了。”', '他问：', '答案在这里！']
    expect(reflow(frag(...input)).paragraphs.map((p) => p.text)).toEqual(input)
  })

  it('joins Latin words with a space and CJK without one', () => {
    expect(reflow(frag('the quick', 'brown fox.')).paragraphs[0]?.text).toBe('the quick brown fox.')
    expect(reflow(frag('牢牢兜住了困', '难群众基本生活底线。')).paragraphs[0]?.text).toBe('牢牢兜住了困难群众基本生活底线。')
  })

  it('re-stitches a fragment whose continuation comes several blocks later and keeps the interleaved blocks in order', () => {
    const r = reflow(frag('他们在山区修建了三座桥', '另一篇稿件的段落从这里开始。', '另一篇稿件的第二段也很完整。', '梁，方便了村民出行。'))
    expect(r.paragraphs.map((p) => p.text)).toEqual(['他们在山区修建了三座桥梁，方便了村民出行。', '另一篇稿件的段落从这里开始。', '另一篇稿件的第二段也很完整。'])
    expect(r.restitched).toBe(1)
  })

  it('does not take a block that continues another dangling fragment', () => {
    const r = reflow(frag('他介绍了本地深入实施', '“强县富民”战略的情况，成效明显。', '他还宣传了本地', '的区位和资源优势。'))
    expect(r.paragraphs.map((p) => p.text)).toEqual(['他介绍了本地深入实施“强县富民”战略的情况，成效明显。', '他还宣传了本地的区位和资源优势。'])
  })

  it('reports the blocks a re-stitch jumped over as interleaved', () => {
    const r = reflow(frag('县里推动本地特', '甲乙社区的工坊入驻了五家企业。', '甲乙社区居民很满意。', '色餐饮走出去。'))
    expect(r.paragraphs.map((p) => p.text)).toEqual(['县里推动本地特色餐饮走出去。', '甲乙社区的工坊入驻了五家企业。', '甲乙社区居民很满意。'])
    expect(r.interleaved).toEqual([1, 2])
  })

  it('prefers the next block when nothing later is a clearly better continuation', () => {
    const r = reflow(frag('县里决定', '明年继续推进这项工作。', '其他段落。'))
    expect(r.paragraphs[0]?.text).toBe('县里决定明年继续推进这项工作。')
    expect(r.restitched).toBe(0)
  })
})

describe('splitsWord', () => {
  it('sees a word broken across the boundary', () => {
    expect(splitsWord('乡贤的抱团发', '展带动下日益红火')).toBe(true)
  })
  it('does not see one at a clean word boundary', () => {
    expect(splitsWord('今天的会议', '。')).toBe(false)
  })
  it('answers several candidates in one pass exactly as it answers each alone', () => {
    const nexts = ['展带动下日益红火', '。', 'abc', '', '  展览开幕', '新闻发布会', '，随后', '难群众', '\u{20000}字']
    for (const prev of ['乡贤的抱团发', '牢牢兜住了困', '会议结束', 'the end', '']) {
      const one = nexts.map((n) => splitsWord(prev, n))
      expect(splitsWords(prev, nexts)).toEqual(one)
      expect(continuesEach(prev, nexts)).toEqual(nexts.map((n) => continues(prev, n)))
    }
    expect(splitsWords('乡贤的抱团发', ['。', '展带动下日益红火'])).toEqual([false, true])
    expect(continuesEach('会议结束', ['，随后', '新闻发布会'])).toEqual([true, false])
  })
})
