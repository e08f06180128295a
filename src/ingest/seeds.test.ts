// The bundled sample pages, read as a careful human reader would mark them.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { withoutMarkup } from './blocks'
import { decode } from './decode'
import { ingestPage, pageSourceTexts } from './page'
import { missingCharacters } from './text'

const dir = join(__dirname, '../../seeds')
const load = (name: string) => {
  const file = readdirSync(dir).find((f) => f.startsWith(name))
  if (!file) throw new Error(`seed ${name} missing`)
  const { page } = ingestPage(file, readFileSync(join(dir, file)))
  if (!page) throw new Error(`seed ${name} did not ingest`)
  return page
}
const titled = (page: ReturnType<typeof load>, title: string) => page.articles.find((a) => a.title === title)

describe('seed pages', () => {
  it('loses no character of any seed', () => {
    for (const file of readdirSync(dir)) {
      const bytes = readFileSync(join(dir, file))
      const { page, problems } = ingestPage(file, bytes)
      const texts = page ? pageSourceTexts(page) : []
      expect(missingCharacters([withoutMarkup(decode(bytes).text)], texts), file).toEqual(new Map())
      expect(problems.filter((p) => p.message.includes('内部错误')), file).toEqual([])
    }
  })

  it('衢州日报 front page: masthead fields, teasers, news with bylines, photo', () => {
    const page = load('001')
    expect(page.meta).toMatchObject({ paper: '衢州日报', date: '2024-11-30', weekday: '星期六', lunarDate: '甲辰年十月三十', pagesToday: 4, serial: 13355, cn: 'CN 33-0011', hotline: '96811', editor: '林俊', phone: '8070805', pageNumber: 1, locality: '衢州市' })
    expect(page.meta.provenance.pageNumber).toBe('inferred')
    expect(page.articles.map((a) => a.kind)).toEqual(['masthead', 'teaser', 'news', 'news', 'news', 'news', 'news', 'photo', 'teaser', 'banner', 'masthead'])
    expect(page.articles[1]).toMatchObject({ kind: 'teaser', refersToPage: 4 })
    expect(titled(page, '高屹率团赴韩国开展经贸考察访问')).toMatchObject({ subtitle: '扎实推进高水平对外开放 加快培育高质量发展新动能', authors: [{ name: '徐颖之', role: 'reporter' }] })
    const congress = titled(page, '第七届世界浙商大会衢州专题活动举行')
    expect(congress?.authors.map((a) => `${a.role}:${a.name}`)).toEqual(['reporter:胡灵萍', 'correspondent:余黎红', 'correspondent:李若莹'])
    // 吴国升强调，做好知识产权司法 | 保障工作… was cut by a column break.
    const meeting = titled(page, '市八届人大常委会第二十二次会议召开')
    expect(meeting?.paragraphs.some((p) => p.includes('做好知识产权司法保障工作'))).toBe(true)
    expect(meeting?.paragraphs.some((p) => p.includes('《衢州市残疾人社会服务条例》'))).toBe(true)
    // Two fragments cut mid-sentence, each joined to its own continuation.
    const visit = titled(page, '高屹率团赴韩国开展经贸考察访问')
    expect(visit?.paragraphs.some((p) => p.includes('并介绍衢州深入实施“工业强市、产业兴市”发展战略'))).toBe(true)
    expect(visit?.paragraphs.some((p) => p.includes('面对面宣传衢州的区位、资源'))).toBe(true)
    expect(titled(page, '古城韵味')).toMatchObject({ kind: 'photo', figures: [{ credit: '记者 刘芸 摄' }] })
    expect(page.articles[8]).toMatchObject({ kicker: '今日导读', refersToPage: 2 })
  })

  it('柯城 district page: inferred locality, continuation marks, photo with a credit line, slogans', () => {
    const page = load('000')
    expect(page.meta).toMatchObject({ locality: '柯城区' })
    expect(page.meta.provenance.locality).toBe('inferred')
    expect(page.meta.paper).toBeUndefined()
    const first = page.articles[0]
    expect(first?.paragraphs).toHaveLength(4)
    expect(first?.paragraphs[1]).toContain('15 大类后天性疾病')
    expect(first?.paragraphs[2]).toContain('“小鹿灯计划”')
    const tiangong = page.articles.find((a) => a.title.includes('天工鼎'))
    expect(tiangong?.continuedFrom).toMatchObject({ page: 1 })
    expect(tiangong?.paragraphs[0]?.startsWith('公司加工厂房内')).toBe(true)
    expect(titled(page, '歌声迎亚运')).toMatchObject({ kind: 'photo', figures: [{ credit: '(方心怡 吴梦琦 摄)' }] })
    const social = titled(page, '我区开展社保卡故事征集活动')
    expect(social?.paragraphs).toHaveLength(2)
    expect(social?.paragraphs[1]).toContain('大型活动等形式')
    expect(page.articles.filter((a) => a.kind === 'banner').length).toBeGreaterThanOrEqual(2)
  })

  it('Markdown page: # / ## pairs, bare-name bylines, photo group under a heading', () => {
    const page = load('002')
    const lead = page.articles[0]
    expect(lead).toMatchObject({ title: '工业发展稳中有进', subtitle: '前三季度衢州智造新城实现工业产值超1190亿元', authors: [{ name: '周毅辉', role: 'author' }] })
    expect(lead?.paragraphs.some((p) => p.includes('主战场、主平台'))).toBe(true)
    const photos = titled(page, '学技术 提能力')
    expect(photos?.kind).toBe('photo')
    expect(photos?.figures?.map((f) => f.credit)).toEqual(['徐翰文 毛宇轩 摄', '郑毓 周俊楠 摄'])
    expect(titled(page, '移民社区 幸福生活')?.authors.map((a) => a.name)).toEqual(['诸葛琦', '吴征东'])
    // Columns of two stories interleaved: the 常山 story's cut sentence is re-stitched, and the 星新社区 paragraphs go back to their own story.
    const changshan = titled(page, '“鲜辣常山”品牌重塑')
    expect(changshan?.paragraphs.some((p) => p.includes('推动衢州特色餐饮“走出去”'))).toBe(true)
    expect(changshan?.paragraphs.some((p) => p.includes('星新社区'))).toBe(false)
    // A county-news page: each story is filed under its own county (or a town in it).
    const mainPlace = (title: string) => titled(page, title)?.places.find((p) => p.main)?.name
    expect(mainPlace('为民解忧 服务有温度')).toBe('江山市')
    expect(mainPlace('“湖枫清警”护平安')).toBe('湖镇镇')
    expect(titled(page, '“湖枫清警”护平安')?.places.map((p) => p.name)).toContain('龙游县')
    expect(mainPlace('移民社区 幸福生活')).toBe('池淮镇')
    expect(mainPlace('“鲜辣常山”品牌重塑')).toBe('常山县')
    expect(mainPlace('企业诉求 直达快办')).toBe('桐村镇')
    expect(mainPlace('产业同心 服务五星')).toBe('衢江区')
    const starts = titled(page, '移民社区 幸福生活')?.paragraphs.map((p) => p.slice(0, 8))
    expect(starts).toEqual(expect.arrayContaining(['“目前共富工坊共', '今年以来，星新社', '从“形融”到“心']))
    expect(page.articles.find((a) => a.title === '企业诉求 直达快办')?.paragraphs.some((p) => p.includes('抱团发展带动下'))).toBe(true)
  })

  it('永康 page without masthead: 我市 gives the locality; multi-part headlines split', () => {
    const page = load('003')
    expect(page.meta).toMatchObject({ locality: '永康市' })
    expect(page.articles[0]).toMatchObject({ kicker: '首批25家企业获证 40家企业接力启航', title: '我市SCORE项目结硕果', authors: [{ name: '俞梦婷', role: 'reporter' }] })
    expect(page.articles[0]?.paragraphs[2]).toContain('全员参与')
    expect(titled(page, '行道树 减负梳妆')).toMatchObject({ kind: 'photo', figures: [{ credit: '融媒记者 王均铮 通讯员 陈威武 摄' }] })
    // The paper's own photo of a street it does not place: filed under the paper's city.
    expect(titled(page, '行道树 减负梳妆')?.places.map((p) => p.name)).toEqual(['永康市'])
    expect(titled(page, '市民政局获评全省民政系统先进集体')?.kicker).toBe('多元赋能养老 精准救助帮扶')
  })

  it('平湖版 page: edition nameplate, byline split over two lines, teaser with decorated pointer, ad', () => {
    const page = load('004')
    expect(page.meta).toMatchObject({ paper: '嘉兴日报', edition: '平湖版', locality: '平湖市' })
    expect(page.meta.provenance.paper).toBe('inferred')
    const lead = titled(page, '曹桥数字经济新引擎驱动新发展')
    expect(lead).toMatchObject({ subtitle: '1至5月数字经济核心产业产值增速36.8%' })
    expect(lead?.authors.map((a) => `${a.role}:${a.name}`)).toEqual(['reporter:黄雨欣', 'correspondent:夏晓蕾', 'correspondent:倪春军'])
    expect(page.articles.find((a) => a.kind === 'teaser')).toMatchObject({ refersToPage: 4 })
    expect(page.articles[page.articles.length - 1]?.kind).toBe('ad')
    // A pen name under a commentary headline is its author, not a subtitle.
    const commentary = titled(page, '让现代社区成为百姓幸福家园')
    expect(commentary?.subtitle).toBeUndefined()
    expect(commentary?.authors).toEqual([{ name: '言成声', role: 'author' }])
  })
})
