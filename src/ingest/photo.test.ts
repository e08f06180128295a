import { describe, expect, it } from 'vitest'
import { ingestPage } from './page'

const articles = (lines: string[]) => (ingestPage('page.txt', new TextEncoder().encode(lines.join('\n'))).page?.articles ?? []).filter((a) => a.kind !== 'masthead')
const brief = (a: { kind: string; title: string; authors: { name: string; role: string }[] }) => [a.kind, a.title, a.authors.map((x) => `${x.name}:${x.role}`).join(',')]

describe('loose pictures', () => {
  it('are one photo each, printed one after another with no headline', () => {
    const page = ['这是某市一处街心公园。近年来，某市利用边角地建设了一批小公园。 ■ 新华社记者 王小五 摄', '', '渔船在码头锚泊，等待休渔期结束。■ 新华社发 李大勇 摄']
    expect(articles(page).map(brief)).toEqual([['photo', '', '王小五:photographer'], ['photo', '', '李大勇:photographer']])
  })

  it('are one photo each when a square mark sets each credit off, with no 摄 (…蔚为壮观。 ■ 本报记者 张某某)', () => {
    const loose = ['春节期间，某市举办各种庆祝活动。艺人们正在表演打铁花，照亮夜空，蔚为壮观。 ■ 本报记者 朱某东', '', '大年初一，市民纷纷走上街头，感受年味。■ 吴某正']
    expect(articles(loose).map(brief)).toEqual([['photo', '', '朱某东:photographer'], ['photo', '', '吴某正:photographer']])
    const headed = ['仲夏水城', '', '6月25日，湖面的荷花呈现出别样景致。■ 本报记者 许某松', '', '行人在绿荫下穿过，仿佛置身油画世界。■ 本报记者 赵琦']
    expect(articles(headed).map(brief)).toEqual([['photo', '仲夏水城', '许某松:photographer,赵琦:photographer']])
    // The same mark under a story's long text closes no caption.
    const story = articles([`${'某市推进老旧小区改造，今年将完成一百个小区的改造任务，惠及居民三万余户。'.repeat(8)}■ 本报记者 赵琦`])
    expect(story.map((a) => a.kind)).not.toContain('photo')
  })

  it('are one photo each when their captions stand on consecutive lines of one width', () => {
    const page = ['这是某市一处街心公园(无人机照片)。近年来，某市利用城区边角地建设了一批小公园，方便市民休闲。 ■ 新华社记者 王小五 摄', '9月12日在某港口拍摄的渔船(无人机照片)。近日，众多渔船锚泊在港湾里，等待休渔期结束后出海捕捞作业。■ 新华社发 李大勇 摄']
    expect(articles(page).map(brief)).toEqual([['photo', '', '王小五:photographer'], ['photo', '', '李大勇:photographer']])
  })

  it('part after each credit line, a caption of two paragraphs included', () => {
    const page = ['上图：7月7日，交警为考生护航。', '新华社记者 张  三 摄', '下图：7月7日，一名考生走错考场，民警送他去考点。', '当日，高考拉开帷幕。', '新华社记者 李  四 摄']
    expect(articles(page).map(brief)).toEqual([['photo', '', '张三:photographer'], ['photo', '', '李四:photographer']])
  })

  it('are one photo each when numbered (图1：, 图2：), credited or not', () => {
    const page = [
      '图1：5日，某县举行山地自行车赛，来自各地的200多名选手参加。 （王小五/摄）',
      '',
      '图2：近日，某市老年人太极拳展示活动在市体育馆举行。',
      '',
      '图3：昨天，某区职工运动会健身操比赛在文化广场举行。 （李大勇/摄）',
    ]
    expect(articles(page).map((a) => [a.kind, a.paragraphs[0]?.slice(0, 3)])).toEqual([['photo', '图1：'], ['photo', '图2：'], ['photo', '图3：']])
  })

  it('end where a column of bulleted briefs begins; each brief is a short report of its own', () => {
    const page = [
      '图1：5日，某县举行山地自行车赛，来自各地的200多名选手参加。 （王小五/摄）',
      '',
      '●某区作家的散文集《风中的梦》日前出版，收录散文七十三篇。（南华）',
      '',
      '●第三届老年象棋邀请赛昨天举行，共有六十四位老人参加了比赛。（钱七）',
    ]
    expect(articles(page).map((a) => [a.kind, a.paragraphs[0]?.slice(0, 3)])).toEqual([['photo', '图1：'], ['news', '●某区'], ['news', '●第三']])
  })

  it('keep a caption printed twice as one picture, its photographer named once', () => {
    const page = ['初秋时节，稻谷即将成熟。 赵六 摄', '', '初秋时节，稻谷即将成熟。 赵六 摄', '', '村民忙着采摘梨子。记者 钱七 摄', '', '村民忙着采摘梨子。记者 钱七 摄']
    const found = articles(page)
    expect(found.map(brief)).toEqual([['photo', '', '赵六:photographer'], ['photo', '', '钱七:photographer']])
    expect(found[0]?.paragraphs).toHaveLength(2)
  })

  it('are one photo each when their headline heads the editor\'s note below them (a photo package)', () => {
    const page = ['山乡秋收忙', '', '初秋时节，稻谷即将成熟。 赵六 摄', '', '村民忙着采摘梨子。记者 钱七 摄', '', '编者按', '', '丰收时节，各乡镇的农作物陆续成熟，到处是一派繁忙景象。']
    expect(articles(page).map(brief)).toEqual([['photo', '', '赵六:photographer'], ['photo', '', '钱七:photographer'], ['news', '山乡秋收忙', '']])
  })

  it('take a caption of foreign news with its agency and a long transliterated name', () => {
    const page = ['11月18日，在某市，居民排队购买食物。', '报告显示，当地面临粮食短缺风险。 新华社 发 阿卜杜拉·穆罕默德 摄']
    expect(articles(page).map(brief)).toEqual([['photo', '', '阿卜杜拉·穆罕默德:photographer']])
  })
})

describe('pictures under a headline', () => {
  it('read a short caption of a few paragraphs closed by the credit as a photo', () => {
    const page = ['某某日报', '', '2024年6月3日 星期一', '', '广场垃圾很扎眼', '', '16日，广场上市民众多。', '', '有人随手扔下果皮纸屑。', '', '广场是大家的，请爱护她。', '', '记者 孙八摄']
    expect(articles(page).map(brief)).toEqual([['photo', '广场垃圾很扎眼', '孙八:photographer']])
  })

  it('read a caption closed by its agency alone, or under a picture column\'s name, as a photo', () => {
    const agency = ['某某日报', '', '2024年6月3日 星期一', '', '玉米带迎来丰收', '', '10月18日，收割机在田间收获玉米，一片丰收景象。  新华社发']
    expect(articles(agency).map((a) => [a.kind, a.paragraphs])).toEqual([['photo', ['10月18日，收割机在田间收获玉米，一片丰收景象。']]])
    const labelled = ['某某日报', '', '2024年6月3日 星期一', '', '图片新闻', '', '这是某地的临时营地。', '', '冲突导致大量平民流离失所。', '', '当地物资十分紧缺，救援仍在进行。', '', '新华社 发']
    expect(articles(labelled).map((a) => a.kind)).toEqual(['photo'])
  })

  it('read a short text whose caption says what the picture shows (图为…) as a photo, its byline’s people included', () => {
    const page = ['某某日报', '', '2024年6月3日 星期一', '', '新桥建成通车', '', '本报记者 赵六 文/摄', '', '近日，城东新桥建成通车，两岸居民出行更方便。图为车辆驶过新桥。']
    expect(articles(page).map(brief)).toEqual([['photo', '新桥建成通车', '赵六:reporter']])
    // A long report that mentions its picture stays a report.
    const report = ['某某日报', '', '2024年6月3日 星期一', '', '新桥建成通车', '', '本报记者 赵六', '', ...Array.from({ length: 4 }, (_, i) => [`第${i + 1}段：近日，城东新桥建成通车，两岸居民出行更方便，沿线商户生意也红火起来，大家都说这是一件实实在在的好事。`, '']).flat(), '图为车辆驶过新桥。']
    expect(articles(report).map((a) => a.kind)).toEqual(['news'])
  })

  it('read a numbered picture column (图片新闻01) without a credit, and a long photo report (摄影报道), as photos', () => {
    const numbered = ['某某日报', '', '2024年6月3日 星期一', '', '图片新闻02', '', '4月1日，某镇梨花节开幕，游客在梨园赏花拍照。']
    expect(articles(numbered).map((a) => a.kind)).toEqual(['photo'])
    const prose = Array.from({ length: 4 }, (_, i) => `第${i + 1}段：连日来，护林员奋战在荒漠治理一线，开挖引洪渠、修建拦水坝，迎接生态输水的到来，荒漠植被重现生机。`)
    const report = ['某某日报', '', '2024年6月3日 星期一', '', '生态输水滋润荒漠', '', ...prose.flatMap((p) => [p, '']), '本报记者 周九 摄影报道']
    expect(articles(report).map(brief)).toEqual([['photo', '生态输水滋润荒漠', '周九:photographer']])
  })

  it('end at the credit, its source in brackets included: the next line is not joined to the caption', () => {
    const page = ['某某日报', '', '2024年6月3日 星期一', '', '踏青赏花', '4月4日，某苗木基地的绣球花次第开放。 钱七 摄(某某视觉)', '清明节，', '是二十四节气中的第五个节气。', '此时天气转暖，', '春意盎然，', '万物吐故纳新。']
    const paragraphs = articles(page).flatMap((a) => [...a.paragraphs, ...(a.figures ?? []).map((f) => f.caption)])
    expect(paragraphs.some((p) => p.includes('视觉)清明节'))).toBe(false)
    expect(paragraphs.some((p) => p.startsWith('清明节，'))).toBe(true)
  })

  it('take a byline line set among the captions as the photo’s byline, its people among the authors', () => {
    const page = ['某某日报', '', '2024年6月3日 星期一', '', '加速过闸', '', '为助力港口和水运企业复工复产，近日，运河船闸在水文条件允许的情况下通闸放行，船舶过闸率提升四成。图为满载物资的船只驶过船闸。', '本报记者 赵六', '拍友 钱七 摄']
    const [photo] = articles(page)
    expect(photo).toMatchObject({ kind: 'photo', byline: '本报记者 赵六' })
    expect(photo?.authors.map((a) => a.name).sort()).toEqual(['赵六', '钱七'].sort())
    expect(photo?.paragraphs.join('')).not.toContain('赵六')
  })

  it('take the name under the headline that the credit repeats for the photographer', () => {
    const page = ['某某日报', '', '2024年6月3日 星期一', '', '送别救援队伍', '周九 字数:', '', '7月3日，当地居民送别救援队员。', '', '新华社 发（周九 摄）']
    expect(articles(page).map(brief)).toEqual([['photo', '送别救援队伍', '周九:photographer']])
  })
})
