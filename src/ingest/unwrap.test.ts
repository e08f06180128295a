import { describe, expect, it } from 'vitest'
import { toUnits, withoutMarkup } from './blocks'
import { atSourceLines, unwrap, wrapWidth } from './unwrap'

/** Every line longer than `width` characters cut into lines of `width`, as a narrow column's OCR gives a page. */
const hardWrap = (text: string, width: number) =>
  text
    .split('\n')
    .flatMap((line) => {
      const chars = [...line]
      if (chars.length <= width) return [line]
      const out: string[] = []
      for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''))
      return out
    })
    .join('\n')

// A made-up page, one printed line per line: headlines, a byline, a dateline, paragraphs, a subhead, a caption.
const PAGE = [
  '市民文化节开幕暨首届社区合唱大赛在南湖公园举行',
  '本报讯（记者 王小明 通讯员 李华）昨天上午，市民文化节在南湖公园开幕，来自全市各社区的二十支合唱队同台竞技。',
  '据介绍，本届文化节为期一个月，将陆续举办书画展、戏曲展演和非遗市集等活动，市民可免费参加。',
  '老人们唱出新生活',
  '合唱队员大多是退休老人，他们每周排练两次，有的队员已经坚持了十多年。',
  '南湖公园的荷花开了，游客们在湖边拍照留念。 记者 赵一鸣 摄',
].join('\n')

describe('wrapWidth', () => {
  it('finds the width most lines were cut at', () => {
    expect(wrapWidth([12, 12, 12, 5, 12, 12, 9, 12, 3])).toBe(12)
  })

  it('finds none on a page of one paragraph per line, or of short lines only', () => {
    expect(wrapWidth([23, 48, 61, 12, 35, 80, 17])).toBeUndefined()
    expect(wrapWidth([6, 4, 8, 6, 4])).toBeUndefined()
  })

  it('finds none where many lines are longer than the commonest length', () => {
    expect(wrapWidth([20, 20, 20, 20, 25, 31, 44, 52, 28])).toBeUndefined()
  })
})

describe('unwrap', () => {
  it('gives back the page as printed from the same page hard-wrapped', () => {
    for (const width of [12, 14, 18]) expect(unwrap(hardWrap(PAGE, width)).text).toBe(PAGE)
  })

  it('leaves a page that is not hard-wrapped as it is', () => {
    expect(unwrap(PAGE)).toEqual({ text: PAGE, spans: undefined })
  })

  it('keeps a headline of exactly the width apart from the dateline under it', () => {
    const page = ['一二三四五六七八九十甲乙丙丁', '本报讯（记者 王小明）今天上午，全市秋季运动会开幕，二十所学校参加。', '其他报道依次刊出，详情请见第二版面的专题报道。'].join('\n')
    expect(unwrap(hardWrap(page, 14)).text).toBe(page)
  })

  it('keeps a title closed by its column tag at exactly the width apart from the dashed 副题 under it', () => {
    const page = ['一二三四五六七八九十（钟声）', '——再读某某的一篇讲话之一', '今天上午，全市秋季运动会开幕，二十所学校参加了比赛。', '其他报道依次刊出，详情请见第二版面的专题报道。'].join('\n')
    expect(unwrap(hardWrap(page, 14)).text).toBe(page)
  })

  it('keeps a headline of exactly the width apart from the byline under it', () => {
    const page = ['一二三四五六七八九十甲乙丙丁', '本报记者 王小明', '今天上午，全市秋季运动会开幕，二十所学校参加了比赛。', '其他报道依次刊出，详情请见第二版面的专题报道。'].join('\n')
    expect(unwrap(hardWrap(page, 14)).text).toBe(page)
  })

  it('keeps a paragraph that ends at the width apart from an indented paragraph after it', () => {
    const page = ['　　前一段正好写满了两行，一个字也不差了吧。', '　　后一段另起一行，开头空两格，这是报纸排版的惯例。', '　　第三段也是这样排的，读者一看就明白了。'].join('\n')
    expect(unwrap(hardWrap(page, 11)).text).toBe(page)
  })

  it('keeps apart what only looks cut: a subhead or a dash line after a paragraph that ends at the width, list items', () => {
    const page = ['合唱队员大多是退休的老人，每周排练两次。', '老人们唱出新生活', '他们说，唱歌让日子过得更有滋味了，也结交了不少新朋友。', '· 城区新增口袋公园', '· 老旧小区改造过半', '· 新建两所学校', '以上内容由市民热线整理，仅供参考。', '这是编者写给读者的话，希望大家都很喜欢。', '——编者按：欢迎读者来信谈谈看法。'].join('\n')
    expect(unwrap(hardWrap(page, 10)).text).toBe(page)
  })

  it('rejoins a caption cut before its credit, and a line cut inside its trailing spacing', () => {
    const page = ['游客在湖边拍照留念。 记者 赵一鸣 摄', '荷花开了，湖边游人如织，拍照的人很多。', '本版编辑 张三      ', '下一版'].join('\n')
    expect(unwrap(hardWrap(page, 10)).text).toBe(page)
  })

  it('rejoins a mark no line opens with, whatever else the lines look like', () => {
    const page = ['村里的老支书笑着说：“今年的收成真好啊。”', '记者 赵一鸣', '荷花开了，湖边游人如织，拍照的人很多。', '本版编辑 张三 李四 王五'].join('\n')
    expect(unwrap(hardWrap(page, 10)).text).toBe(page)
  })

  it('maps each line back to the lines it was made of', () => {
    const wrapped = hardWrap(PAGE, 14)
    const { spans } = unwrap(wrapped)
    expect(spans).toHaveLength(PAGE.split('\n').length)
    expect(spans?.[0]).toEqual([1, 2])
    expect(spans?.at(-1)?.[1]).toBe(wrapped.split('\n').length)
  })
})

describe('a hard-wrapped page read into units', () => {
  it('reads as the page as printed, with the line numbers of the page as given', () => {
    const printed = toUnits(PAGE).map((u) => u.text)
    const { text, spans } = unwrap(hardWrap(PAGE, 14))
    const units = atSourceLines(toUnits(text), spans)
    expect(units.map((u) => u.text)).toEqual(printed)
    expect(units[0]).toMatchObject({ startLine: 1, endLine: 2 })
  })

  it('keeps the line numbers of a page that is not wrapped', () => {
    const { text, spans } = unwrap(PAGE)
    expect(atSourceLines(toUnits(text), spans)).toEqual(toUnits(PAGE))
  })

  it('takes emphasis the wrap cut across two lines for markup, as the units do', () => {
    const page = ['今天上午，全市秋季运动会开幕，**二十所学校**的两千多名运动员参加了开幕式。', '比赛将持续三天，设田径、游泳、球类等十多个项目，市民可以到场观看。'].join('\n')
    const wrapped = hardWrap(page, 18)
    expect(wrapped.split('\n')[0]).toMatch(/\*\*二$/)
    expect(withoutMarkup(wrapped)).not.toContain('*')
    expect(toUnits(unwrap(wrapped).text)[0]?.text).toContain('开幕，二十所学校的')
  })
})
