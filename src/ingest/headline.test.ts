import { describe, expect, it } from 'vitest'
import { buildHeadline, headlineParts, pairRole, splitHeadlineLine } from './headline'

describe('splitHeadlineLine', () => {
  it('keeps a column tag in brackets whole, spaces inside it included', () => {
    expect(splitHeadlineLine('民间力量助力全球合作（患难见真情 共同抗疫情）')).toEqual({ title: '民间力量助力全球合作（患难见真情 共同抗疫情）' })
  })

  it('keeps a one-part line as the title', () => {
    expect(splitHeadlineLine('我市开展新闻发言人培训')).toEqual({ title: '我市开展新闻发言人培训' })
  })

  it('reads a leading part that ends in a cue word as the kicker', () => {
    expect(splitHeadlineLine('总书记作出重要指示强调 扎根大地厚植根基 为推进事业作出更大贡献')).toEqual({
      kicker: '总书记作出重要指示强调',
      title: '扎根大地厚植根基',
      subtitle: '为推进事业作出更大贡献',
    })
  })

  it('reads parallel short parts before a longer statement as the kicker', () => {
    expect(splitHeadlineLine('优化营商环境 精准服务企业 县发改局获评全省先进集体')).toEqual({
      kicker: '优化营商环境 精准服务企业',
      title: '县发改局获评全省先进集体',
    })
  })

  it('reads a long statement followed by shorter parts as title and subtitle', () => {
    expect(splitHeadlineLine('全市重点项目推进会在开发区召开 王某某出席 李某某主持')).toEqual({
      title: '全市重点项目推进会在开发区召开',
      subtitle: '王某某出席 李某某主持',
    })
  })

  it('keeps short spaced couplets together as one title', () => {
    expect(splitHeadlineLine('学技术 提能力')).toEqual({ title: '学技术 提能力' })
    expect(splitHeadlineLine('推进医保服务 保障人民健康')).toEqual({ title: '推进医保服务 保障人民健康' })
    // On one line, halves of rather different lengths still make one title.
    expect(splitHeadlineLine('老人迷路误入高速公路 民警护送回家')).toEqual({ title: '老人迷路误入高速公路 民警护送回家' })
    expect(splitHeadlineLine('上半年新增就业近万人 稳就业再出实招')).toEqual({ title: '上半年新增就业近万人 稳就业再出实招' })
  })

  it('re-attaches a wrapped quoted word to the part it belongs to', () => {
    expect(headlineParts('科技赋能创新发展 “动力源”')).toEqual(['科技赋能创新发展“动力源”'])
  })

  it('treats a short first line above a longer one on a single line as kicker and title', () => {
    expect(splitHeadlineLine('解“难题”化“顾虑” 开发区多部门协同为企业保供电')).toEqual({
      kicker: '解“难题”化“顾虑”',
      title: '开发区多部门协同为企业保供电',
    })
  })
})

describe('single spaces on a page of stacked headlines', () => {
  it('part nothing: the line is one title', () => {
    expect(splitHeadlineLine('杀人沟等地 拟更名 多地清理整治不规范地名', true)).toEqual({ title: '杀人沟等地 拟更名 多地清理整治不规范地名' })
    expect(splitHeadlineLine('杀人沟等地 拟更名 多地清理整治不规范地名')).not.toEqual({ title: '杀人沟等地 拟更名 多地清理整治不规范地名' })
  })

  it('leave a wide gap or an ideographic space parting the line', () => {
    expect(splitHeadlineLine('总书记作出重要指示强调\u3000某某工作要抓实抓细', true)).toEqual({ kicker: '总书记作出重要指示强调', title: '某某工作要抓实抓细' })
    expect(splitHeadlineLine('总书记作出重要指示强调  某某工作要抓实抓细', true).kicker).toBe('总书记作出重要指示强调')
  })

  it('apply to a Markdown heading by itself', () => {
    expect(buildHeadline([{ text: '全国首部 某市为机器人立法 5月1日起施行', heading: 2 }])).toEqual({ title: '全国首部 某市为机器人立法 5月1日起施行' })
  })
})

describe('a space inside a quotation', () => {
  it('parts no headline', () => {
    expect(headlineParts('“站高望远 向新而行——某某交流会”在北京举行')).toEqual(['“站高望远 向新而行——某某交流会”在北京举行'])
    expect(splitHeadlineLine('“站高望远 向新而行——某某交流会”在北京举行')).toEqual({ title: '“站高望远 向新而行——某某交流会”在北京举行' })
  })
})

describe('buildHeadline', () => {
  it('uses Markdown levels: # is the title, ## below it the subtitle', () => {
    expect(buildHeadline([{ text: '工业稳中有进', heading: 1 }, { text: '前三季度产值超千亿', heading: 2 }])).toEqual({
      title: '工业稳中有进',
      subtitle: '前三季度产值超千亿',
    })
  })

  it('puts a ## above a # in the kicker', () => {
    expect(buildHeadline([{ text: '岁末走基层', heading: 2 }, { text: '山村来了新医生', heading: 1 }])).toEqual({
      kicker: '岁末走基层',
      title: '山村来了新医生',
    })
  })

  it('makes a heading the title over plain lines set with it: the line above is its kicker, the line below its deck', () => {
    expect(buildHeadline([{ text: '某某总工会发布表彰决定' }, { text: '3024个某某奖揭晓', heading: 2 }])).toEqual({
      kicker: '某某总工会发布表彰决定',
      title: '3024个某某奖揭晓',
    })
    expect(buildHeadline([{ text: '岁末走基层' }, { text: '山村来了新医生', heading: 2 }, { text: '村民看病不再跑远路' }])).toEqual({
      kicker: '岁末走基层',
      title: '山村来了新医生',
      subtitle: '村民看病不再跑远路',
    })
  })

  it('stacks three plain lines as kicker, title, subtitle', () => {
    expect(buildHeadline([{ text: '引题文字' }, { text: '主题文字很长' }, { text: '副题文字' }])).toEqual({
      kicker: '引题文字',
      title: '主题文字很长',
      subtitle: '副题文字',
    })
  })

  it('reads two plain lines as title and subtitle unless the first introduces the second', () => {
    expect(buildHeadline([{ text: '数字经济驱动新发展' }, { text: '1至5月产值增长36.8%' }])).toEqual({ title: '数字经济驱动新发展', subtitle: '1至5月产值增长36.8%' })
    expect(buildHeadline([{ text: '记者手记：' }, { text: '雪夜守护' }])).toEqual({ kicker: '记者手记：', title: '雪夜守护' })
    // Who issued or proposed something, above what they issued: the 引题 names the actor, the 主题 the thing.
    expect(buildHeadline([{ text: '省政府办公厅印发' }, { text: '《关于加快发展县域经济的意见》' }])).toEqual({ kicker: '省政府办公厅印发', title: '《关于加快发展县域经济的意见》' })
    expect(buildHeadline([{ text: '市文明委倡议' }, { text: '文明过节 绿色出行' }])).toEqual({ kicker: '市文明委倡议', title: '文明过节 绿色出行' })
  })

  it('reads two stacked lines with no cue as 引题 over 主题, unless the second is shaped like a 副题', () => {
    expect(buildHeadline([{ text: '交通部门出台新规' }, { text: '规范网约车夜间运营' }])).toEqual({ kicker: '交通部门出台新规', title: '规范网约车夜间运营' })
    expect(buildHeadline([{ text: '某县粮食再获丰收' }, { text: '亩产提高，收购价稳中有升' }])).toEqual({ title: '某县粮食再获丰收', subtitle: '亩产提高，收购价稳中有升' })
    expect(buildHeadline([{ text: '山乡夜市开张' }, { text: '新华社南宁6月2日电' }])).toEqual({ title: '山乡夜市开张', subtitle: '新华社南宁6月2日电' })
    expect(buildHeadline([{ text: '山水如画' }, { text: '古镇新颜' }])).toEqual({ title: '山水如画', subtitle: '古镇新颜' })
  })

  it('reads a line closed by a dash under the title as the kicker set below it', () => {
    expect(buildHeadline([{ text: '暗访某某场所（某某视线）' }, { text: '设施较为完备，但有的无法运行——' }])).toEqual({ kicker: '设施较为完备，但有的无法运行——', title: '暗访某某场所（某某视线）' })
    expect(buildHeadline([{ text: '专家热议——' }, { text: '教育如何应对大考' }])).toEqual({ kicker: '专家热议——', title: '教育如何应对大考' })
  })
})

describe('pairRole: two stacked headline lines', () => {
  it.each([
    ['城市更新按下快进键', '——我市推进老旧小区改造纪实', 'subtitle'],
    ['联合国驻华机构代表积极评价中国发展——', '推动技术经验更好惠及全球南方', 'kicker'],
    ['某市推动政务服务升级', '从群众评价中找到发力方向（高效办成一件事）', 'kicker'],
    ['从开局起步看担当（评论员观察）', '紧握历史接力棒', 'subtitle'],
    ['海军舰艇开放参观，市民踊跃参与', '“有他们的守护，我们感到很安心”', 'kicker'],
    ['上半年', '机械工业规上企业增加值增长6.4%', 'kicker'],
    ['某地举行秋收节', '农民丰收节庆活动在全市各地同时举行，来自各乡镇的农户带来了当季的瓜果蔬菜和特色农产品参展', 'subtitle'],
    ['古城韵味', '大美山城', undefined],
    // A place's name set alone above its story's title, as a page of stories from several places prints it
    ['东坡', '油菜花开', 'kicker'],
    ['青溪镇', '古桥换新颜', 'kicker'],
    ['巴黎奥运会代表团成立', '42名奥运冠军领衔', undefined],
  ])('%s / %s → %s', (a, b, role) => expect(pairRole(a, b)).toBe(role))

  it('keeps the roles of a kicker above a title and of a title above a subtitle', () => {
    expect(buildHeadline([{ text: '上半年' }, { text: '机械工业规上企业增加值增长6.4%' }])).toEqual({ kicker: '上半年', title: '机械工业规上企业增加值增长6.4%' })
    expect(buildHeadline([{ text: '城市更新按下快进键' }, { text: '——我市推进老旧小区改造纪实' }])).toEqual({ title: '城市更新按下快进键', subtitle: '——我市推进老旧小区改造纪实' })
    expect(buildHeadline([{ text: '巴黎奥运会代表团成立' }, { text: '42名奥运冠军领衔' }])).toEqual({ title: '巴黎奥运会代表团成立', subtitle: '42名奥运冠军领衔' })
  })
})

describe('couplet titles on one line', () => {
  it.each(['中孟关系新定位  合作共赢新篇章（大使随笔）', '荒漠化治理  用上新技术（美丽中国）', '玫瑰“红”绿山 香气引客来'])('%s is one title', (line) => {
    expect(splitHeadlineLine(line)).toEqual({ title: headlineParts(line).join(' ') })
  })

  it('is not a title above a dashed subtitle, nor two halves of very different length', () => {
    expect(splitHeadlineLine('城市更新 ——老旧小区改造纪实')).toEqual({ title: '城市更新', subtitle: '——老旧小区改造纪实' })
    expect(buildHeadline([{ text: '上半年' }, { text: '机械工业规上企业增加值增长6.4%' }]).kicker).toBe('上半年')
  })

  it('reads a word or two before a longer part on the same line as the title\'s opening, a cue or a column name aside', () => {
    expect(splitHeadlineLine('方案成形　新航线能否如期开通')).toEqual({ title: '方案成形 新航线能否如期开通' })
    expect(splitHeadlineLine('张三 缺席公开赛')).toEqual({ title: '张三 缺席公开赛' })
    expect(splitHeadlineLine('今日谈 让数据多跑路群众少跑腿')).toEqual({ kicker: '今日谈', title: '让数据多跑路群众少跑腿' })
  })

  it('counts no quotation marks in a couplet\'s halves', () => {
    expect(splitHeadlineLine('更智能更专业 翻译行业迎“智变”')).toEqual({ title: '更智能更专业 翻译行业迎“智变”' })
  })

  it('counts no place set before a couplet\'s first half with a colon', () => {
    expect(splitHeadlineLine('某省：一江碧水东流 千里绘就长歌')).toEqual({ title: '某省：一江碧水东流 千里绘就长歌' })
  })
})

describe('a bullet before a headline', () => {
  it('opens the title and is no kicker of its own', () => {
    expect(splitHeadlineLine('• 阿根廷2比0战胜澳大利亚')).toEqual({ title: '• 阿根廷2比0战胜澳大利亚' })
    expect(splitHeadlineLine('◆ 村超归来 乡村绿茵场掀起大众体育热潮').kicker).toBe('◆ 村超归来')
  })

  it('marks a title in a list: the whole line is the title, spaces and cues and all', () => {
    expect(splitHeadlineLine('• 新航线正式开通 旅客出行更加便捷')).toEqual({ title: '• 新航线正式开通 旅客出行更加便捷' })
    expect(splitHeadlineLine('  • “村超”归来: 乡村绿茵场再掀热潮')).toEqual({ title: '• “村超”归来: 乡村绿茵场再掀热潮' })
  })
})

describe('a stacked couplet', () => {
  it('reads the line set as a couplet as the title, a plain statement above it as its kicker', () => {
    expect(pairRole('某县全面推进老旧小区改造工程', '旧楼换新颜，居民笑开颜')).toBe('kicker')
    expect(buildHeadline([{ text: '某县全面推进老旧小区改造工程' }, { text: '旧楼换新颜  居民笑开颜' }])).toEqual({ kicker: '某县全面推进老旧小区改造工程', title: '旧楼换新颜  居民笑开颜' })
  })

  it('reads a plain statement under a couplet as its subtitle', () => {
    expect(buildHeadline([{ text: '绿色出行  低碳生活' }, { text: '全市公共交通日均客流首次突破百万人次' }])).toEqual({ title: '绿色出行  低碳生活', subtitle: '全市公共交通日均客流首次突破百万人次' })
  })

  it('leaves two plain statements undecided', () => {
    expect(pairRole('某县全面推进老旧小区改造工程', '三百余户居民住上新房')).toBeUndefined()
  })
})

describe('colon-joined titles', () => {
  it('reads two parts on one line joined by a colon as one title', () => {
    expect(splitHeadlineLine('老一辈的治学标杆: 《某某读书记》')).toEqual({ title: '老一辈的治学标杆: 《某某读书记》' })
  })
})
