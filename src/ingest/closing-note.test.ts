import { describe, expect, it } from 'vitest'
import { ingestPage } from './page'
import { readClosingNote, splitClosingNote } from './closing-note'

const author = (name: string) => ({ name, role: 'author' })

describe('readClosingNote', () => {
  it('reads a document’s attachment line as its own, not as the next story’s headline', () => {
    expect(readClosingNote('附件：某某攻坚战成效考核指标（见图）')).toEqual({ kind: 'reference', authors: [] })
    expect(readClosingNote('附表2：各地考核结果')).toEqual({ kind: 'reference', authors: [] })
    expect(readClosingNote('附近居民纷纷点赞')).toBeUndefined()
    const page = ingestPage('p1.txt', new TextEncoder().encode('某某办法印发\n\n新华社北京4月30日电  近日，某某部门印发了某某办法。\n\n第一条 为了规范某某工作，制定本办法。\n\n附件：某某考核指标（见图）\n')).page!
    expect(page.articles.map((a) => a.kind)).toEqual(['news'])
    expect(page.articles[0]?.paragraphs.at(-1)).toBe('附件：某某考核指标（见图）')
  })

  it('reads an author note, naming the author only when the note does', () => {
    expect(readClosingNote('（作者为某大学教授）')).toEqual({ kind: 'author-note', authors: [] })
    expect(readClosingNote('（作者单位：某研究院）')).toEqual({ kind: 'author-note', authors: [] })
    expect(readClosingNote('作者单位：某研究院')).toEqual({ kind: 'author-note', authors: [] })
    expect(readClosingNote('（作者张三系某研究院研究员）')).toEqual({ kind: 'author-note', authors: [author('张三')] })
    expect(readClosingNote('(作者：李小明，某大学教授)')).toEqual({ kind: 'author-note', authors: [author('李小明')] })
    // Tortoise-shell brackets hold a note that has round ones of its own.
    expect(readClosingNote('〔作者系某市委党校（行政学院）常务副校长（副院长）〕')).toEqual({ kind: 'author-note', authors: [] })
    expect(readClosingNote('（作者张三、王为民分别为某大学教授、研究员）')).toEqual({ kind: 'author-note', authors: [author('张三'), author('王为民')] })
  })

  it('reads the byline of whoever gathered the story, with its roles', () => {
    expect(readClosingNote('（本报记者 张三采访整理）')).toEqual({ kind: 'byline', authors: [{ name: '张三', role: 'reporter' }] })
    expect(readClosingNote('（本报记者 张三 整理）')).toEqual({ kind: 'byline', authors: [{ name: '张三', role: 'reporter' }] })
    expect(readClosingNote('（本报记者  张  三 整理）')).toEqual({ kind: 'byline', authors: [{ name: '张三', role: 'reporter' }] })
    expect(readClosingNote('（通讯员 李四）')).toEqual({ kind: 'byline', authors: [{ name: '李四', role: 'correspondent' }] })
    expect(readClosingNote('（王小明整理）')).toEqual({ kind: 'byline', authors: [author('王小明')] })
  })

  it('reads a roundup’s reporters listed at its foot, however many', () => {
    const names = ['赵一', '钱二', '孙三', '李四', '周五', '吴六', '郑七', '王八', '冯九', '陈十', '褚甲', '卫乙', '蒋丙', '沈丁', '韩戊', '杨己']
    const note = readClosingNote(`（本报记者${names.join('、')}）`)
    expect(note?.kind).toBe('byline')
    expect(note?.authors.map((a) => a.name)).toEqual(names)
    // A long line of prose with a list in it is none.
    expect(readClosingNote(`（本报记者走访了${names.join('、')}等多户人家，听取了他们的意见和建议）`)).toBeUndefined()
  })

  it('reads a closing dateline with the reporters who filed it, however many places it names', () => {
    const reporters = (...names: string[]) => names.map((name) => ({ name, role: 'reporter' }))
    expect(readClosingNote('（本报某地5月6日电  记者张三）')).toEqual({ kind: 'byline', authors: reporters('张三') })
    expect(readClosingNote('（本报北京、伦敦、开罗、悉尼、里约热内卢、新德里、约翰内斯堡、莫斯科5月6日电  记者张三、李四、王小明、赵敏、钱多多）')).toEqual({
      kind: 'byline',
      authors: reporters('张三', '李四', '王小明', '赵敏', '钱多多'),
    })
    expect(readClosingNote('（本报某地5月6日电）')).toEqual({ kind: 'source', authors: [] })
    // Those who took part, after a comma: writers too.
    expect(readClosingNote('(本报莫斯科、开罗电 记者张三、李四,王小明、赵敏参与采写)')).toEqual({ kind: 'byline', authors: reporters('张三', '李四', '王小明', '赵敏') })
    // A long list may hold a name of a surname too rare to know (花放) among common ones; a short one may not.
    expect(readClosingNote('（本报北京、东京1月16日电  记者张三、李四、花放、王小明、赵敏）')).toEqual({
      kind: 'byline',
      authors: reporters('张三', '李四', '花放', '王小明', '赵敏'),
    })
    expect(readClosingNote('（本报北京、东京1月16日电  记者张三、花放）')).toBeUndefined()
    expect(readClosingNote('（本报北京、东京1月16日电  记者张三、李四、花开富贵、王小明、赵敏）')).toBeUndefined()
  })

  it('reads a team’s writers, a helper who took part, and where a reprinted piece first ran', () => {
    expect(readClosingNote('（执笔：张三、李小明）')).toEqual({ kind: 'author-note', authors: [author('张三'), author('李小明')] })
    expect(readClosingNote('（王小明参与采写）')).toEqual({ kind: 'byline', authors: [author('王小明')] })
    expect(readClosingNote('（摘编自《某某日报》，原题为《一张门票的温度》）')).toEqual({ kind: 'source', authors: [] })
    expect(readClosingNote('(摘自《某某》杂志)')).toEqual({ kind: 'source', authors: [] })
    expect(readClosingNote('执笔者的心声')).toBeUndefined()
    expect(readClosingNote('（执笔：某某研究课题组成员）')).toBeUndefined()
  })

  it('reads a source, which names nobody unless it prints a byline', () => {
    expect(readClosingNote('（来源：某某网）')).toEqual({ kind: 'source', authors: [] })
    expect(readClosingNote('来源：新华社')).toEqual({ kind: 'source', authors: [] })
    expect(readClosingNote('稿件来源：某某日报')).toEqual({ kind: 'source', authors: [] })
    expect(readClosingNote('（来源：某某网 记者 张三）')).toEqual({ kind: 'source', authors: [{ name: '张三', role: 'reporter' }] })
  })

  it('reads a photo credit alone on a line: names and 摄, an agency’s 发, 供图', () => {
    const photographer = (name: string) => ({ kind: 'photo-credit', authors: [{ name, role: 'photographer' }] })
    expect(readClosingNote('李四摄')).toEqual(photographer('李四'))
    expect(readClosingNote('新华社记者 王五摄')).toEqual(photographer('王五'))
    expect(readClosingNote('（记者  王  五摄）')).toEqual(photographer('王五'))
    expect(readClosingNote('新华社发 王五摄')).toEqual(photographer('王五'))
    expect(readClosingNote('新华社发')).toEqual({ kind: 'photo-credit', authors: [] })
    expect(readClosingNote('（中新社发）')).toEqual({ kind: 'photo-credit', authors: [] })
    expect(readClosingNote('视觉中国供图')).toEqual({ kind: 'photo-credit', authors: [] })
    expect(readClosingNote('通讯员 张三 供图')).toEqual({ kind: 'photo-credit', authors: [{ name: '张三', role: 'correspondent' }] })
  })

  it('leaves prose and captions alone: a line ending in 摄影, one opening with 作者为, a word before 整理', () => {
    expect(readClosingNote('他从小就热爱摄影')).toBeUndefined()
    expect(readClosingNote('热爱摄影')).toBeUndefined()
    expect(readClosingNote('作者为此付出了很多心血。')).toBeUndefined()
    expect(readClosingNote('（资料整理）')).toBeUndefined()
    expect(readClosingNote('事故多发')).toBeUndefined()
    expect(readClosingNote('游客在树下留影。 李四 摄')).toBeUndefined()
    expect(readClosingNote('（完）')).toBeUndefined()
    expect(readClosingNote('近日，全市开展消防安全检查。')).toBeUndefined()
  })
})

describe('splitClosingNote', () => {
  it('takes a note off the end of the last paragraph, after its last sentence', () => {
    expect(splitClosingNote('这是高质量发展的必由之路。（作者为某大学教授）')).toEqual({
      rest: '这是高质量发展的必由之路。',
      note: '（作者为某大学教授）',
      kind: 'author-note',
      authors: [],
    })
    expect(splitClosingNote('一切都在变好。（本报记者 张三采访整理）')).toMatchObject({ rest: '一切都在变好。', authors: [{ name: '张三', role: 'reporter' }] })
  })

  it('leaves brackets inside a sentence, and brackets that hold no note', () => {
    expect(splitClosingNote('他说（作者为某大学教授）')).toBeUndefined()
    expect(splitClosingNote('会议由市长主持。（完）')).toBeUndefined()
  })
})

describe('bare names in brackets closing a brief', () => {
  it('reads one name or several, and names run together when only one split makes them names', () => {
    expect(readClosingNote('（王小明 李四）')).toEqual({ kind: 'byline', authors: [author('王小明'), author('李四')] })
    expect(readClosingNote('（王五）')).toEqual({ kind: 'byline', authors: [author('王五')] })
    expect(readClosingNote('（张小明李大海）')).toEqual({ kind: 'byline', authors: [author('张小明'), author('李大海')] })
  })

  it('leaves brackets that hold no names, and names without brackets or a verb', () => {
    expect(readClosingNote('（完）')).toBeUndefined()
    expect(readClosingNote('（高温来袭）')).toBeUndefined()
    expect(readClosingNote('（未完待续）')).toBeUndefined()
    expect(readClosingNote('王小明')).toBeUndefined()
  })
})

describe('readClosingNote: a source with 据', () => {
  it('reads 据新华社, 据《某某晚报》 and 据新华社电 as sources, and leaves 据介绍 and 据统计 to the prose', () => {
    for (const t of ['据新华社', '□据 《某某晚报》', '据新华社电', '据中国网', '据某某之声', '据某某新闻等', '据某某市人民法院']) expect(readClosingNote(t), t).toEqual({ kind: 'source', authors: [] })
    for (const t of ['据介绍', '据统计', '据此', '据报道', '据了解，今年以来全市新增就业岗位两万个。']) expect(readClosingNote(t), t).toBeUndefined()
  })
})

describe('readClosingNote: the end of a series', () => {
  it('reads （本系列评论结束） and （本组报道完） as notes naming nobody, and leaves brackets that end nothing', () => {
    for (const t of ['（本系列评论结束）', '(本组报道完)']) expect(readClosingNote(t), t).toEqual({ kind: 'reference', authors: [] })
    expect(readClosingNote('（活动结束后合影）')).toBeUndefined()
  })
})

describe('readClosingNote: notes in brackets that name nobody', () => {
  it('reads a cross-reference and a closing dateline', () => {
    expect(readClosingNote('（相关报道见第二版）')).toEqual({ kind: 'reference', authors: [] })
    expect(readClosingNote('（本报某地7月14日电）')).toEqual({ kind: 'source', authors: [] })
    expect(readClosingNote('（见习生活第二天）')).toBeUndefined()
  })
})

describe('readClosingNote: a reader\'s letter signed off', () => {
  it('reads a reader of a place, and a place and a name set apart, naming the writer', () => {
    expect(readClosingNote('浙江某某市读者')).toEqual({ kind: 'signature', authors: [] })
    expect(readClosingNote('某某市读者 张三')).toEqual({ kind: 'signature', authors: [author('张三')] })
    expect(readClosingNote('河北某某市  李小明')).toEqual({ kind: 'signature', authors: [author('李小明')] })
  })

  it('leaves a place before words that are no name, and a headline addressed to readers', () => {
    expect(readClosingNote('杭州市 城管局')).toBeUndefined()
    expect(readClosingNote('感谢广大读者')).toBeUndefined()
    expect(readClosingNote('全市 一盘棋')).toBeUndefined()
  })
})

describe('a letters column', () => {
  it('keeps each letter\'s signature with it, never as the next letter\'s kicker', () => {
    const page = ['路灯不亮  夜行难（读者来信）', '', '我家门前的路灯坏了半年，晚上出行很不方便。', '', '希望有关部门尽快修好路灯。', '', '河北某某市  李小明', '', '小区垃圾清运不及时', '', '我们小区的垃圾经常两三天才清运一次。', '', '希望物业和环卫部门加强管理。', '', '辽宁某某市读者']
    const stories = (ingestPage('page.txt', new TextEncoder().encode(page.join('\n'))).page?.articles ?? []).filter((a) => a.kind !== 'masthead')
    expect(stories.map((a) => [a.kicker, a.title, a.paragraphs.at(-1)])).toEqual([
      [undefined, '路灯不亮 夜行难（读者来信）', '河北某某市  李小明'],
      [undefined, '小区垃圾清运不及时', '辽宁某某市读者'],
    ])
  })
})
