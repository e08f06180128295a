import { describe, expect, it } from 'vitest'
import { buildArticle } from './article'
import { toUnits } from './blocks'
import { parseAuthors, parseBareNames, parseBylineLine, splitBylineOffHeadline, splitCredit, splitDateline, splitTrailingByline } from './byline'
import { segment } from './segment'
import { ingestPage } from './page'

describe('splitDateline', () => {
  it('takes 本报讯(记者 A 通讯员 B C) off the paragraph with roles', () => {
    const r = splitDateline('本报讯(记者 张三 通讯员 李四 王五)近日，县里召开会议。')
    expect(r?.byline).toBe('本报讯(记者 张三 通讯员 李四 王五)')
    expect(r?.rest).toBe('近日，县里召开会议。')
    expect(r?.authors).toEqual([
      { name: '张三', role: 'reporter' },
      { name: '李四', role: 'correspondent' },
      { name: '王五', role: 'correspondent' },
    ])
  })

  it('handles full-width parentheses, a space after 本报讯, 融媒记者 and 报道组', () => {
    expect(splitDateline('本报讯 （融媒记者 赵六）昨天上午')?.authors).toEqual([{ name: '赵六', role: 'reporter' }])
    expect(splitDateline('本报讯(报道组 钱七 孙八)近日')?.authors.map((a) => a.role)).toEqual(['team', 'team'])
  })

  it('reads datelines of place and date (本报衢州3月5日讯, 中新网杭州3月5日电) and a bracketed byline opening the paragraph', () => {
    expect(splitDateline('本报衢州3月5日讯（记者 张三）近日，会议召开。')).toMatchObject({ byline: '本报衢州3月5日讯（记者 张三）', rest: '近日，会议召开。' })
    expect(splitDateline('中新网杭州3月5日电（记者 李四）近日，会议召开。')?.authors).toEqual([{ name: '李四', role: 'reporter' }])
    expect(splitDateline('（记者 张三）近日，全市召开会议。')).toEqual({ byline: '（记者 张三）', authors: [{ name: '张三', role: 'reporter' }], rest: '近日，全市召开会议。' })
    expect(splitDateline('国家电网公司日前通电。')).toBeUndefined()
    // A paper whose name ends in 电讯 opening a sentence of prose is no dateline; a paper's own 讯 is.
    expect(splitDateline('某某每日电讯记者调研发现，当前此类案件多发。')).toBeUndefined()
    expect(splitDateline('晨报讯 近日，全市召开会议。')).toMatchObject({ byline: '晨报讯', rest: '近日，全市召开会议。' })
    expect(splitDateline('（完）近日')).toBeUndefined()
  })

  it('reads a dateline in 【】 and one without brackets whose names follow it inline', () => {
    expect(splitDateline('【本报讯】记者 张三 近日，全市召开会议。')).toEqual({ byline: '【本报讯】记者 张三', authors: [{ name: '张三', role: 'reporter' }], rest: '近日，全市召开会议。' })
    expect(splitDateline('本报讯 记者 张三 通讯员 李四 近日，全市召开会议。')).toEqual({
      byline: '本报讯 记者 张三 通讯员 李四',
      authors: [
        { name: '张三', role: 'reporter' },
        { name: '李四', role: 'correspondent' },
      ],
      rest: '近日，全市召开会议。',
    })
    // The first words of the story are no names.
    expect(splitDateline('本报讯 近日 全市召开会议。')).toMatchObject({ byline: '本报讯', authors: [], rest: '近日 全市召开会议。' })
  })

  it('takes a bare 本报讯 dateline without names', () => {
    expect(splitDateline('本报讯 在某某街道，数字经济蓬勃发展。')).toMatchObject({ byline: '本报讯', authors: [], rest: '在某某街道，数字经济蓬勃发展。' })
  })

  it('leaves ordinary paragraphs alone', () => {
    expect(splitDateline('近日，县里召开会议。')).toBeUndefined()
  })
})

describe('byline lines', () => {
  it('parses a role line and a second line of a split byline', () => {
    expect(parseBylineLine('记者 黄某某')).toEqual([{ name: '黄某某', role: 'reporter' }])
    // The verb of those who gathered the story, run on to the last name, is no part of it
    expect(parseBylineLine('（综合本报记者张三、李小明、王五报道）')).toEqual([
      { name: '张三', role: 'reporter' },
      { name: '李小明', role: 'reporter' },
      { name: '王五', role: 'reporter' },
    ])
    expect(parseBylineLine('通讯员 夏某 倪某某')).toEqual([
      { name: '夏某', role: 'correspondent' },
      { name: '倪某某', role: 'correspondent' },
    ])
  })

  it('reads the byline styles of local papers: a mark before it, 文/ and 图/ credits, 文/摄 after the name', () => {
    expect(parseBylineLine('□记者 张三 通讯员 李四')).toEqual([
      { name: '张三', role: 'reporter' },
      { name: '李四', role: 'correspondent' },
    ])
    expect(parseBylineLine('文/王小明 图/赵大勇')).toEqual([
      { name: '王小明', role: 'author' },
      { name: '赵大勇', role: 'photographer' },
    ])
    expect(parseBylineLine('■ 记者 陈某 文/摄')).toEqual([{ name: '陈某', role: 'reporter' }])
    expect(parseBylineLine('□ 王小梅')).toEqual([{ name: '王小梅', role: 'author' }])
    expect(parseBylineLine('本报记者 张三 报道')).toEqual([{ name: '张三', role: 'reporter' }])
    expect(parseBylineLine('通讯员 张三 供图')).toEqual([{ name: '张三', role: 'correspondent' }])
    expect(parseBylineLine('◎ 陈大海 李华')).toEqual([
      { name: '陈大海', role: 'author' },
      { name: '李华', role: 'author' },
    ])
    // A marked label is no author.
    expect(parseBylineLine('■ 快讯')).toBeUndefined()
    expect(parseBylineLine('王小梅')).toBeUndefined()
    // 文 without its slash is part of a name.
    expect(parseBylineLine('记者 李文华')).toEqual([{ name: '李文华', role: 'reporter' }])
  })

  it('does not take a sentence that starts with 记者 for a byline', () => {
    expect(parseBylineLine('记者了解到，第二批企业实现多行业联动。')).toBeUndefined()
  })

  it('accepts bare names only when every token is a plausible personal name', () => {
    expect(parseBareNames('江某 王一凡')).toEqual([
      { name: '江某', role: 'author' },
      { name: '王一凡', role: 'author' },
    ])
    expect(parseBareNames('诸葛琦')).toEqual([{ name: '诸葛琦', role: 'author' }])
    expect(parseBareNames('学技术 提能力')).toBeUndefined()
    expect(parseBareNames('古城韵味')).toBeUndefined()
  })

  it('splits names run together with separators', () => {
    expect(parseAuthors('张三、李四', 'reporter')).toEqual([
      { name: '张三', role: 'reporter' },
      { name: '李四', role: 'reporter' },
    ])
  })
})

describe('splitDateline: a reporter signing the text and its pictures at its head', () => {
  it('reads 记者 … 文/摄 before the first sentence as the byline', () => {
    expect(splitDateline('记者 陈某 文/摄 4月18日，第二届绘本展开幕。')).toEqual({
      byline: '记者 陈某 文/摄',
      authors: [{ name: '陈某', role: 'reporter' }],
      rest: '4月18日，第二届绘本展开幕。',
    })
    expect(splitDateline('通讯员 王某某 图/文  近日，某镇举行活动。')?.authors.map((a) => a.name)).toEqual(['王某某'])
  })

  it('leaves prose that merely mentions a reporter, or names that are no names', () => {
    expect(splitDateline('记者 陈某 说，文/摄 两项工作都已完成。')).toBeUndefined()
    expect(splitDateline('记者 近日走访 文/摄 影展现场。')).toBeUndefined()
  })
})

describe('splitDateline: 讯 in a word of prose', () => {
  it('opens no dateline with a word that holds 讯 (一则讯息, 通讯, 喜讯), while a paper’s or a centre’s 讯 still does', () => {
    for (const t of ['服务中心的一则讯息，让她燃起了希望。', '喜讯传来，全村欢腾。', '通讯员来稿称，近日某地开展活动。']) expect(splitDateline(t), t).toBeUndefined()
    expect(splitDateline('某县融媒体中心讯（记者 张三）近日，某地开展活动。')).toMatchObject({ byline: '某县融媒体中心讯（记者 张三）', rest: '近日，某地开展活动。' })
    expect(splitDateline('星报讯 近日，某地开展活动。')?.byline).toBe('星报讯')
  })
})

describe('parseBylineLine: who put the piece together', () => {
  it('reads names after 整理, 撰文 or 口述 as the authors, and leaves words after them alone', () => {
    expect(parseBylineLine('整理 张燕')).toEqual([{ name: '张燕', role: 'author' }])
    expect(parseBylineLine('撰文：张燕、李四')?.map((a) => a.name)).toEqual(['张燕', '李四'])
    expect(parseBylineLine('整理好行装')).toBeUndefined()
    // …or labelled by what they did: 讲述人：, 撰稿人:, 整理人：; a contact or a person in charge is no author.
    for (const line of ['讲述人：张燕', '撰稿人:张燕', '整理人：张燕']) expect(parseBylineLine(line), line).toEqual([{ name: '张燕', role: 'author' }])
    for (const line of ['负责人：张燕', '联系人：张燕']) expect(parseBylineLine(line), line).toBeUndefined()
    expect(parseBylineLine('整理 一周新闻')).toBeUndefined()
  })
})

describe('splitTrailingByline: names run together', () => {
  it('splits names printed run together in a brief’s closing brackets when only one split makes names', () => {
    expect(splitTrailingByline('通过复评保留该称号。(陈海东徐兰英)')).toMatchObject({ rest: '通过复评保留该称号。', authors: [{ name: '陈海东' }, { name: '徐兰英' }] })
    expect(splitTrailingByline('通过复评保留该称号。(高温来袭)')).toBeUndefined()
  })
})

describe('splitTrailingByline', () => {
  it('takes a byline in brackets off the end of a brief, after a sentence end', () => {
    expect(splitTrailingByline('从下周一起，将新开通两条公交线路。（记者 张三 通讯员 李四）')).toEqual({
      rest: '从下周一起，将新开通两条公交线路。',
      byline: '（记者 张三 通讯员 李四）',
      authors: [
        { name: '张三', role: 'reporter' },
        { name: '李四', role: 'correspondent' },
      ],
    })
    expect(splitTrailingByline('(通讯员 王五)')).toMatchObject({ rest: '', authors: [{ name: '王五', role: 'correspondent' }] })
  })

  it('leaves brackets that are no byline, or that do not follow a sentence end', () => {
    expect(splitTrailingByline('会议由市长主持（完）')).toBeUndefined()
    expect(splitTrailingByline('他向记者介绍了情况（记者 张三）')).toBeUndefined()
    expect(splitTrailingByline('这是一个普通的段落。')).toBeUndefined()
  })
})

describe('splitCredit: a credit set off by a square mark', () => {
  it('reads the names after the mark as photographers, with or without a role word, after the caption’s last sentence', () => {
    expect(splitCredit('照亮夜空，蔚为壮观。 ■ 本报记者 朱某东')).toEqual({ caption: '照亮夜空，蔚为壮观。', credit: '■ 本报记者 朱某东', authors: [{ name: '朱某东', role: 'photographer' }] })
    expect(splitCredit('感受年味。■ 吴某正 李某')?.authors.map((a) => a.name)).toEqual(['吴某正', '李某'])
  })

  it('leaves a mark inside a sentence, before words that are no names, or under a long text', () => {
    expect(splitCredit('照亮夜空 ■ 本报记者 朱某东')).toBeUndefined()
    expect(splitCredit('蔚为壮观。■ 详见第二版')).toBeUndefined()
    expect(splitCredit(`${'某市推进老旧小区改造，惠及居民三万余户。'.repeat(13)}■ 本报记者 赵琦`)).toBeUndefined()
  })
})

describe('splitCredit: a caption with no closing stop', () => {
  it('starts the credit at the space before the names, not at the caption’s last word', () => {
    // 以上 and 徐某青 both read as names: the credit is the names after the last space that leaves a caption.
    expect(splitCredit('樱花开花率今天将达60%以上 徐某青 摄')).toEqual({
      caption: '樱花开花率今天将达60%以上',
      credit: '徐某青 摄',
      authors: [{ name: '徐某青', role: 'photographer' }],
    })
    expect(splitCredit('市民在公园里赏花 记者 王某 摄')?.caption).toBe('市民在公园里赏花')
  })

  it('still leaves 摄 inside a word of the text', () => {
    expect(splitCredit('他从小就热爱拍摄')).toBeUndefined()
    expect(splitCredit('今天将达60%以上徐某青摄')).toBeUndefined()
  })
})

describe('splitCredit: credits a name alone does not prove', () => {
  it('reads names in brackets with their 摄 as photographers, a nickname or a rare surname too ((小汤 摄), (海峰 摄))', () => {
    expect(splitCredit('图为检测现场。(海峰 摄)')?.authors).toEqual([{ name: '海峰', role: 'photographer' }])
    expect(splitCredit('向环卫工人送上新春的祝福。（小汤 摄）')?.authors.map((a) => a.name)).toEqual(['小汤'])
    // Unbracketed, a word before 摄 is no credit.
    expect(splitCredit('图为检测现场。 海峰 摄')).toBeUndefined()
  })

  it('reads 文 closing a name before the photographer’s credit as the text’s author (罗某某文  陈某某摄)', () => {
    expect(splitCredit('本报记者  罗艾桦文  陈北跑摄')?.authors.map((a) => a.name)).toEqual(['罗艾桦', '陈北跑'])
    expect(splitCredit('罗艾桦文 陈北跑摄')?.authors.map((a) => a.name)).toEqual(['罗艾桦', '陈北跑'])
  })
})

describe('splitCredit', () => {
  it('splits a trailing credit off a caption', () => {
    expect(splitCredit('游客在银杏树下留影。 记者 刘某 摄')).toEqual({
      caption: '游客在银杏树下留影。',
      credit: '记者 刘某 摄',
      authors: [{ name: '刘某', role: 'photographer' }],
    })
  })

  it('reads a credit-only line, with or without parentheses', () => {
    expect(splitCredit('(方某 吴某某 摄)')?.authors.map((a) => a.name)).toEqual(['方某', '吴某某'])
    expect(splitCredit('融媒记者 王某 通讯员 陈某某 摄')).toMatchObject({ caption: '', authors: [{ name: '王某' }, { name: '陈某某' }] })
  })

  it('reads a credit closing in 摄影报道', () => {
    expect(splitCredit('本报记者 王五 摄影报道')).toEqual({ caption: '', credit: '本报记者 王五 摄影报道', authors: [{ name: '王五', role: 'photographer' }] })
  })

  it('reads an agency or another paper before 记者 as the reporter’s role, not as a name', () => {
    expect(splitCredit('图为代表们在会上发言。 新华社记者 庞兴雷 摄')).toEqual({
      caption: '图为代表们在会上发言。',
      credit: '新华社记者 庞兴雷 摄',
      authors: [{ name: '庞兴雷', role: 'photographer' }],
    })
    expect(parseBylineLine('浙江日报记者 张某 中新社记者 李某某')).toEqual([
      { name: '张某', role: 'reporter' },
      { name: '李某某', role: 'reporter' },
    ])
  })

  it('reads names padded apart on a credit line as names, even a transliterated one with no surname', () => {
    expect(splitCredit('安  卡摄（新华社发）')?.authors).toEqual([{ name: '安卡', role: 'photographer' }])
    expect(splitCredit('巴特尔  赵  六   摄影报道')?.authors.map((a) => a.name)).toEqual(['巴特尔', '赵六'])
    // Run into a caption, a padded word stays prose: only a line of its own is a credit without a role word.
    expect(splitCredit('大家一起来  合  摄')).toBeUndefined()
  })

  it('reads a contributor’s label before the name (拍友, 网友) as a role, not as a name', () => {
    expect(splitCredit('拍友 钱七 摄')?.authors).toEqual([{ name: '钱七', role: 'photographer' }])
    expect(splitCredit('湖边垂柳依依。 网友 孙八 摄')).toMatchObject({ caption: '湖边垂柳依依。', authors: [{ name: '孙八' }] })
  })

  it('reads a role set after a name with a slash (李某/摄, 王某/文 李某/摄, 张某/图)', () => {
    expect(splitCredit('选手们在比赛中。 (钱七/摄)')).toEqual({ caption: '选手们在比赛中。', credit: '(钱七/摄)', authors: [{ name: '钱七', role: 'photographer' }] })
    expect(splitCredit('（孙八/文 李九/摄）')?.authors.map((a) => a.name)).toEqual(['孙八', '李九'])
    expect(splitCredit('（周十/图）')?.authors).toEqual([{ name: '周十', role: 'photographer' }])
  })

  it('does not treat 摄 inside running text as a credit', () => {
    expect(splitCredit('他说，这张照片是他在山顶拍摄')).toBeUndefined()
  })
})

describe('names padded with spaces to line up (张  三 李小明)', () => {
  const reporters = (...names: string[]) => names.map((name) => ({ name, role: 'reporter' }))

  it('reads 本报记者  张  三  李  四 as two people, with half-width or full-width spaces, one or several', () => {
    expect(parseBylineLine('本报记者  张  三  李  四')).toEqual(reporters('张三', '李四'))
    expect(parseBylineLine('本报记者\u3000张\u3000三\u3000\u3000李\u3000四')).toEqual(reporters('张三', '李四'))
    expect(parseBylineLine('本报记者 张 三   李 四')).toEqual(reporters('张三', '李四'))
  })

  it('keeps a three-character name whole beside padded ones', () => {
    expect(parseBylineLine('本报记者 张  三 李小明')).toEqual(reporters('张三', '李小明'))
    expect(parseBylineLine('本报记者 李小明 张  三')).toEqual(reporters('李小明', '张三'))
  })

  it('keeps roles apart: never joins across a role word', () => {
    expect(parseBylineLine('通讯员  陈  红')).toEqual([{ name: '陈红', role: 'correspondent' }])
    expect(parseBylineLine('记者 王  五 通讯员 赵  六')).toEqual([
      { name: '王五', role: 'reporter' },
      { name: '赵六', role: 'correspondent' },
    ])
    expect(parseBylineLine('文/张  三 图/李  四')).toEqual([
      { name: '张三', role: 'author' },
      { name: '李四', role: 'photographer' },
    ])
    expect(parseAuthors('记者 王 通讯员 赵  六')).toEqual([
      { name: '王', role: 'reporter' },
      { name: '赵六', role: 'correspondent' },
    ])
  })

  it('reads 文/张  三 and a marked byline □ 本报记者  刘  洋', () => {
    expect(parseBylineLine('文/张  三')).toEqual([{ name: '张三', role: 'author' }])
    expect(parseBylineLine('□ 本报记者  刘  洋')).toEqual(reporters('刘洋'))
    expect(parseBylineLine('□ 刘  洋')).toEqual([{ name: '刘洋', role: 'author' }])
  })

  it('reads a padded photo credit, 摄 set close after the name, alone or closing a caption', () => {
    expect(splitCredit('记者  王  五摄')).toEqual({ caption: '', credit: '记者  王  五摄', authors: [{ name: '王五', role: 'photographer' }] })
    expect(splitCredit('游客在树下留影。（记者  王  五摄）')).toEqual({
      caption: '游客在树下留影。',
      credit: '（记者  王  五摄）',
      authors: [{ name: '王五', role: 'photographer' }],
    })
    expect(splitCredit('本报记者　张　三　李　四 摄')?.authors.map((a) => a.name)).toEqual(['张三', '李四'])
  })

  it('reads padded names in a dateline, on the headline\'s line, and as bare names', () => {
    expect(splitDateline('本报讯（记者  张  三）近日，全市召开会议。')?.authors).toEqual(reporters('张三'))
    expect(splitDateline('本报讯 记者 张  三 通讯员 李　四 近日，全市召开会议。')).toEqual({
      byline: '本报讯 记者 张  三 通讯员 李　四',
      authors: [
        { name: '张三', role: 'reporter' },
        { name: '李四', role: 'correspondent' },
      ],
      rest: '近日，全市召开会议。',
    })
    expect(splitBylineOffHeadline('大桥建成通车 本报记者  张  三')).toEqual({ headline: '大桥建成通车', byline: '本报记者  张  三', authors: reporters('张三') })
    expect(parseBareNames('张  三 李小明')?.map((a) => a.name)).toEqual(['张三', '李小明'])
  })

  it('does not make people of a padded two-character word that is no name', () => {
    expect(parseBareNames('要  闻')).toBeUndefined()
    expect(parseBylineLine('■ 要  闻')).toBeUndefined()
    expect(splitDateline('本报讯 记者 近  日 全市召开会议。')).toMatchObject({ byline: '本报讯', authors: [] })
  })

  it('keeps the printed byline verbatim on a page while naming two people (e-paper style under a headline)', () => {
    const [a] = segment(toUnits('全市春耕生产全面展开\n本报记者  张  三 李  四\n\n近日，全市春耕生产全面展开。')).map((d) => buildArticle(d))
    expect(a).toMatchObject({ title: '全市春耕生产全面展开', byline: '本报记者  张  三 李  四', authors: reporters('张三', '李四') })
    const [photo] = segment(toUnits('油菜花开\n\n近日，田野里油菜花盛开。（记者  王  五摄）')).map((d) => buildArticle(d))
    expect(photo?.figures).toEqual([{ caption: '近日，田野里油菜花盛开。', credit: '（记者  王  五摄）', authors: [{ name: '王五', role: 'photographer' }] }])
  })
})

const readArticles = (text: string) => segment(toUnits(text)).map((d) => buildArticle(d)).filter((a) => a.kind !== 'masthead')
const names = (authors: { name: string }[] | undefined) => authors?.map((a) => a.name)

describe('role words: whose reporter and of what rank', () => {
  it('reads an agency, a site, a paper (with its desk or 社) and a Latin brand before 记者 as part of the role', () => {
    expect(parseBylineLine('本报记者  张  三  某某网记者  李小明')).toEqual([{ name: '张三', role: 'reporter' }, { name: '李小明', role: 'reporter' }])
    expect(parseBylineLine('人民网记者 王五')).toEqual([{ name: '王五', role: 'reporter' }])
    expect(names(parseBylineLine('某城日报某某新闻记者 王五 赵小六 摄影报道'))).toEqual(['王五', '赵小六'])
    expect(names(splitCredit('某某日报社全媒体记者王五摄')?.authors)).toEqual(['王五'])
    expect(names(parseBylineLine('ABC全媒体记者 王五 通讯员 李四'))).toEqual(['王五', '李四'])
    expect(names(parseBylineLine('N本报记者 王五 赵六'))).toEqual(['王五', '赵六'])
  })

  it('reads the ranks: 特派, 特约 after 本报, 首席, 见习, 星级, 全媒体, and 本报通讯员', () => {
    for (const rank of ['本报特派记者', '特派记者', '本报特约记者', '首席记者', '见习记者', '星级记者', '融媒体记者', '全媒体记者']) {
      expect(parseBylineLine(`${rank} 王五`)).toEqual([{ name: '王五', role: 'reporter' }])
    }
    expect(splitCredit('本报通讯员 王五 摄')?.authors).toEqual([{ name: '王五', role: 'photographer' }])
    expect(parseBylineLine('本报通讯员 王五')).toEqual([{ name: '王五', role: 'correspondent' }])
  })

  it('reads traditional characters: 記者 and 通訊員', () => {
    expect(parseBylineLine('記者 陳某某 通訊員 李四')).toEqual([{ name: '陳某某', role: 'reporter' }, { name: '李四', role: 'correspondent' }])
  })

  it('still takes no prose for a byline', () => {
    expect(parseBylineLine('本报记者从市交通局获悉，春运将至。')).toBeUndefined()
    expect(parseBylineLine('记者手记：')).toBeUndefined()
  })
})

describe('datelines of agencies and papers', () => {
  it('reads 据新华社电, 又讯 and traditional 訊 and 電, with names run together with the role word', () => {
    expect(splitDateline('据新华社北京3月5日电（记者王五）记者5日获悉，')).toMatchObject({ byline: '据新华社北京3月5日电（记者王五）', authors: [{ name: '王五', role: 'reporter' }] })
    expect(names(splitDateline('据新华社电(记者 王五 赵小六) 5日，会议开幕。')?.authors)).toEqual(['王五', '赵小六'])
    expect(names(splitDateline('又讯 (某某日报全媒体记者王五、李四)据悉，名单公布。')?.authors)).toEqual(['王五', '李四'])
    expect(names(splitDateline('【中新社杭州3月5日電】(記者 王五)會議在杭州舉行。')?.authors)).toEqual(['王五'])
    expect(names(splitDateline('某某報訊(記者 王五)展覽日前開幕。')?.authors)).toEqual(['王五'])
    expect(names(splitDateline('某报讯(特派记者 王五) 3月5日上午，会议开幕。')?.authors)).toEqual(['王五'])
  })

  it('leaves prose that merely mentions a report alone', () => {
    expect(splitDateline('据报道，某地近日降雨。')).toBeUndefined()
    expect(splitDateline('电力公司近日通电。')).toBeUndefined()
  })
})

describe('a bare name under a headline, above an e-paper source line', () => {
  it('reads the name as the byline, the source line as furniture', () => {
    const [a] = readArticles('城乡融合的三个抓手\n王小明\n《 某某时报 》（ 2024年06月03日  第 02 版 ）\n　　城乡融合要从小处着手。\n　　先说道路。')
    expect(a).toMatchObject({ title: '城乡融合的三个抓手', byline: '王小明', authors: [{ name: '王小明', role: 'author' }] })
  })
})

describe('bare names with what e-paper sites set around them', () => {
  it('reads names before the site\'s word count, and names parted by 、', () => {
    expect(names(parseBareNames('王五 李小明 字数: 1500字'))).toEqual(['王五', '李小明'])
    expect(names(parseBareNames('王小明 字数:'))).toEqual(['王小明'])
    expect(names(parseBareNames('王五、李小明'))).toEqual(['王五', '李小明'])
    expect(parseBareNames('字数 716字')).toBeUndefined()
    expect(parseBareNames('数字 经济')).toBeUndefined()
  })

  it('reads a pen name padded apart under a headline, with the spaces kept in the byline text only', () => {
    const [a] = readArticles('街巷里的小事(短评)\n\n木  舟\n\n小区门口的路灯修好了。\n\n居民夜里出门不再摸黑。')
    expect(a).toMatchObject({ title: '街巷里的小事(短评)', byline: '木  舟', authors: [{ name: '木舟', role: 'author' }] })
  })

  it('parts a byline line, or a last line of names, from the headline lines of its block', () => {
    const [a] = readArticles('某县招聘乡村规划员\n田埂上的年轻人（基层见闻）\n本报记者  王  五\n《某某日报》（2024年06月05日 第 18 版）\n　　清晨，田里已有人在忙。')
    expect(a).toMatchObject({ byline: '本报记者  王  五', authors: [{ name: '王五', role: 'reporter' }] })
    const [b] = readArticles('县城图书馆为何夜里也亮着灯？（城事观察）\n王小明\n《某某日报》（2024年06月05日 第 18 版）\n　　晚上九点，阅览室里还坐满了人。')
    expect(b).toMatchObject({ title: '县城图书馆为何夜里也亮着灯？（城事观察）', byline: '王小明', authors: [{ name: '王小明', role: 'author' }] })
  })
})

describe('photo credits with where the picture comes from', () => {
  it('keeps the agency or column in brackets after 摄 in the credit', () => {
    expect(splitCredit('王小明摄(新华社发)')).toEqual({ caption: '', credit: '王小明摄(新华社发)', authors: [{ name: '王小明', role: 'photographer' }] })
    expect(splitCredit('图为渔船归港。 王五摄（某某中国）')).toMatchObject({ caption: '图为渔船归港。', credit: '王五摄（某某中国）' })
  })

  it('takes the issuer and a mark before the names into the credit, and an issuer alone as a credit naming nobody', () => {
    expect(splitCredit('渔船归港。■ 新华社发 李大勇 摄')).toEqual({ caption: '渔船归港。', credit: '■ 新华社发 李大勇 摄', authors: [{ name: '李大勇', role: 'photographer' }] })
    expect(splitCredit('居民排队购物。 新华社 发 阿卜杜拉·穆罕默德 摄')?.authors).toEqual([{ name: '阿卜杜拉·穆罕默德', role: 'photographer' }])
    expect(splitCredit('一片丰收景象。  新华社发')).toEqual({ caption: '一片丰收景象。', credit: '新华社发', authors: [] })
    expect(splitCredit('新华社 发')).toEqual({ caption: '', credit: '新华社 发', authors: [] })
    expect(splitCredit('这一做法值得推广和开发')).toBeUndefined()
    expect(splitCredit('他的作品由出版社出版发')).toBeUndefined()
  })

  it('leaves brackets after a word that merely ends in 摄', () => {
    expect(splitCredit('他在山顶拍摄（视频）')).toBeUndefined()
    expect(splitCredit('未经允许不得拍摄（详见公告）')).toBeUndefined()
  })
})

describe('bylines that open with a name, and unbracketed ones closing a paragraph', () => {
  it('reads a name before the role word as the correspondent\'s', () => {
    expect(parseBylineLine('王五 星级记者 李小明')).toEqual([{ name: '王五', role: 'correspondent' }, { name: '李小明', role: 'reporter' }])
    expect(parseBylineLine('近日 记者 李小明')).toBeUndefined()
    expect(parseBylineLine('王五说，记者 李小明')).toBeUndefined()
  })

  it('takes names and role words after the last sentence off the paragraph', () => {
    expect(splitTrailingByline('炮弹已移交处理。 王五 记者 李小明')).toEqual({ rest: '炮弹已移交处理。', byline: '王五 记者 李小明', authors: [{ name: '王五', role: 'correspondent' }, { name: '李小明', role: 'reporter' }] })
    expect(splitTrailingByline('推廣羽毛球運動。 ■記者 陳某某')).toMatchObject({ rest: '推廣羽毛球運動。', authors: [{ name: '陳某某', role: 'reporter' }] })
    expect(names(splitTrailingByline('原因还在调查中。 王五 星级记者 张某/文 李某/图')?.authors)).toEqual(['王五', '张某', '李某'])
  })

  it('leaves a paragraph whose tail holds no role word, or words that are no names', () => {
    expect(splitTrailingByline('会议指出。 记者 手记')).toBeUndefined()
    expect(splitTrailingByline('我们走访了。 王五 李四')).toBeUndefined()
    expect(splitTrailingByline('他说：我是记者 王五')).toBeUndefined()
  })
})

describe('photographers credited inside a story', () => {
  it('names them among the story\'s authors', () => {
    const [a] = readArticles('广场焕新迎客来\n\n本报讯 近日，市民广场完成改造。\n\n广场上游人如织。\n\n记者 王小明摄')
    expect(names(a?.authors)).toEqual(['王小明'])
    const [b] = readArticles('广场焕新迎客来\n\n本报讯（记者 李四）近日，市民广场完成改造。\n\n广场上游人如织。')
    expect(names(b?.authors)).toEqual(['李四'])
  })
})

describe('briefs signing off with names alone', () => {
  it('takes personal names in brackets or joined by slashes after the last sentence', () => {
    expect(splitTrailingByline('领导们一边植树，一边了解建设情况。(王小五)')).toEqual({ rest: '领导们一边植树，一边了解建设情况。', byline: '(王小五)', authors: [{ name: '王小五', role: 'author' }] })
    expect(splitTrailingByline('开展义诊等活动，服务社区群众。陈大海/林楠')).toEqual({ rest: '开展义诊等活动，服务社区群众。', byline: '陈大海/林楠', authors: [{ name: '陈大海', role: 'author' }, { name: '林楠', role: 'author' }] })
  })

  it('leaves brackets and slashes that name no person', () => {
    expect(splitTrailingByline('这是他的看法。（完）')).toBeUndefined()
    expect(splitTrailingByline('全年增长明显。上半年/下半年')).toBeUndefined()
    expect(splitTrailingByline('(王小五)')).toBeUndefined()
  })
})

describe('a reporter naming themselves at the head of a story', () => {
  it('is the story\'s byline: 某某晨报记者张三报道', () => {
    expect(splitDateline('晨报记者王小五报道 记者从铁路部门获悉，列车停运。')).toEqual({ byline: '晨报记者王小五报道', authors: [{ name: '王小五', role: 'reporter' }], rest: '记者从铁路部门获悉，列车停运。' })
    expect(splitDateline('本报记者 张三 李四 报道　近日，某地开展活动。')?.authors.map((a) => a.name)).toEqual(['张三', '李四'])
  })

  it('is not prose that mentions a report', () => {
    expect(splitDateline('据报道 近日某地发生地震。')).toBeUndefined()
    expect(splitDateline('记者报道 近日某地发生地震。')).toBeUndefined()
  })
})

describe('an author signing with their office before the name', () => {
  it('reads the name after an official\'s or an expert\'s office', () => {
    expect(parseBylineLine('某某建设集团有限公司党委书记、董事长 王小明')).toEqual([{ name: '王小明', role: 'author' }])
    expect(parseBylineLine('某大学经济学院教授  李  四')).toEqual([{ name: '李四', role: 'author' }])
  })

  it('reads no name from prose that mentions an office, or from an office with no name after it', () => {
    expect(parseBylineLine('市委书记 王五来到现场，察看了工程进度')).toBeUndefined()
    expect(parseBylineLine('某某集团有限公司党委书记、董事长')).toBeUndefined()
    expect(parseBylineLine('走访调研的中心主任 一行')).toBeUndefined()
  })

  it('keeps the signature under the headline apart from the first paragraph', () => {
    const page = ['某某时报  2024年06月03日', '', '以新理念开创高质量发展新局面', '', '某某建设集团有限公司党委书记、董事长 王小明', '', '2025年12月，有关方面对中央企业工作作出重要指示，为企业发展指明了方向。']
    const a = ingestPage('p.txt', new TextEncoder().encode(page.join('\n'))).page?.articles.find((x) => x.title === '以新理念开创高质量发展新局面')
    expect(a?.authors).toEqual([{ name: '王小明', role: 'author' }])
    expect(a?.paragraphs[0]).toMatch(/^2025年12月/)
  })
})

describe('a caption credited to its agency alone or to a file picture', () => {
  it('splits the agency or the file picture\'s label off after the last sentence and a space', () => {
    expect(splitCredit('■某某在活動中與海豚合影。 新華社')).toEqual({ caption: '■某某在活動中與海豚合影。', credit: '新華社', authors: [] })
    expect(splitCredit('市民在公园里散步。 资料图片')).toEqual({ caption: '市民在公园里散步。', credit: '资料图片', authors: [] })
  })

  it('reads no credit from a word ending in 社 inside prose, or from a source in brackets', () => {
    expect(splitCredit('他加入了当地的合作社')).toBeUndefined()
    expect(splitCredit('消息称。新华社')).toBeUndefined()
    expect(splitCredit('（新华社）')).toBeUndefined()
  })
})
