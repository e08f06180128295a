import { describe, expect, it } from 'vitest'
import { chainOf } from './gazetteer'
import { ingestPage, metaFromPath } from './page'

const read = (file: string, text: string) => ingestPage(file, new TextEncoder().encode(text)).page?.meta

describe('metaFromPath', () => {
  it.each([
    ['qzrb_20241130_p03.txt', { date: '2024-11-30', pageNumber: 3 }],
    ['2024-11-30/第A02版.txt', { date: '2024-11-30', pageLabel: 'A2' }],
    ['kcxw/2024/12/02/page-1.md', { date: '2024-12-02', pageNumber: 1 }],
    ['2024.03.05-B1版-城市.txt', { date: '2024-03-05', pageLabel: 'B1' }],
    ['衢州日报/2024-11-30/p1.txt', { date: '2024-11-30', pageNumber: 1, paper: '衢州日报' }],
  ])('reads the date and page %s names', (file, expected) => {
    expect(metaFromPath(file)).toEqual(Object.assign({ date: undefined, pageNumber: undefined, pageLabel: undefined, paper: undefined }, expected))
  })

  it.each(['photo3.txt', '000_6aecd98a477fa0fc.txt', '3301202411301234.txt', 'zip3.txt'])('reads neither date nor page from %s', (file) => {
    expect(metaFromPath(file)).toEqual({ date: undefined, pageNumber: undefined, pageLabel: undefined, paper: undefined })
  })

  it('reads no impossible date (30 February)', () => {
    expect(metaFromPath('20240230_p1.txt')).toEqual({ date: undefined, pageNumber: 1, pageLabel: undefined, paper: undefined })
  })
})

describe('page metadata from the file name', () => {
  const story = '大桥建成通车\n\n本报讯(记者 张三)大桥今天正式通车。'

  it('fills the date and page a page does not print, marked inferred with the file name as the reason', () => {
    const meta = read('qzrb_20241130_p03.txt', story)
    expect(meta).toMatchObject({ date: '2024-11-30', pageNumber: 3, provenance: { date: 'inferred', pageNumber: 'inferred' } })
    expect(meta?.basis.date).toContain('qzrb_20241130_p03.txt')
    expect(read('衢州日报/2024-11-30/p1.txt', story)).toMatchObject({ paper: '衢州日报', provenance: { paper: 'inferred' } })
  })

  it('never overrides what the masthead prints or the front matter gives', () => {
    const printed = read('qzrb_20241130_p03.txt', `某某日报\n\n2024年12月1日 星期日 第5版\n\n${story}`)
    expect(printed).toMatchObject({ date: '2024-12-01', pageNumber: 5, provenance: { date: 'masthead', pageNumber: 'masthead' } })
    const explicit = read('qzrb_20241130_p03.txt', `---\ndate: 2024-12-02\npage: A1\n---\n${story}`)
    expect(explicit).toMatchObject({ date: '2024-12-02', pageLabel: 'A1', provenance: { date: 'explicit', pageLabel: 'explicit' } })
    expect(explicit?.pageNumber).toBeUndefined()
  })
})

describe('the paper from its publisher line', () => {
  const story = '大桥建成通车\n\n本报讯(记者 张三)大桥今天正式通车。'

  it('names the paper after the house the masthead says publishes it, marked inferred with the line as the reason', () => {
    const meta = read('p1.txt', `国内统一刊号:CN65-0012 某某日报社出版党报热线:(0997)2142110\n广告热线:(0997)2122100 2135001订阅热线:(0997)2120100\n\n2021年03月01日\n\n${story}`)
    expect(meta).toMatchObject({ paper: '某某日报', cn: 'CN65-0012', hotline: '(0997)2142110', date: '2021-03-01', provenance: { paper: 'inferred' } })
    expect(meta?.basis.paper).toContain('某某日报社出版')
  })

  it('never takes a press for a paper, nor overrides a printed name', () => {
    expect(read('p1.txt', `某某人民出版社出版 2021年03月01日\n\n${story}`)?.paper).toBeUndefined()
    expect(read('p1.txt', `某某晚报\n\n某某日报社出版 2021年03月01日 星期一\n\n${story}`)?.paper).toBe('某某晚报')
  })
})

describe('a page’s label alone under the nameplate and the date', () => {
  it('is the page’s label, not a headline', () => {
    const page = ingestPage('p1.txt', new TextEncoder().encode('某某快报\n2026年3月29日\nA02\n\n大桥今天通车\n本报讯(记者 张三)今天，某某大桥正式通车。\n')).page!
    expect(page.meta).toMatchObject({ paper: '某某快报', date: '2026-03-29', pageLabel: 'A2' })
    expect(page.articles.filter((a) => a.kind === 'news').map((a) => a.title)).toEqual(['大桥今天通车'])
  })
})

describe('headlines set on one line', () => {
  const titles = (text: string) =>
    ingestPage('p1.txt', new TextEncoder().encode(text))
      .page!.articles.filter((a) => a.kind === 'news')
      .map(({ kicker, title, subtitle }) => ({ kicker, title, subtitle }))
  const story = (head: string) => `${head}\n本报讯(记者 张三)今天，某某工程正式开工，预计明年建成投用。\n`

  it('keeps a single space inside the title where the page sets a headline’s parts on lines of their own', () => {
    const page = [story('某某大桥今天通车\n两岸居民出行时间缩短一半'), story('男子借钱凑彩礼 婚后却遭妻子家暴 女方拒还彩礼')].join('\n')
    expect(titles(page)[1]).toEqual({ kicker: undefined, title: '男子借钱凑彩礼 婚后却遭妻子家暴 女方拒还彩礼', subtitle: undefined })
    // A wide gap still parts the line.
    const wide = [story('某某大桥今天通车\n两岸居民出行时间缩短一半'), story('优化营商环境 精准服务企业  县发改局获评全省先进集体')].join('\n')
    expect(titles(wide)[1]?.title).toBe('县发改局获评全省先进集体')
  })

  it('parts a line at single spaces where every headline of the page is set on one line (OCR)', () => {
    const page = [story('优化营商环境 精准服务企业 县发改局获评全省先进集体'), story('某某大桥今天通车')].join('\n')
    expect(titles(page)[0]).toEqual({ kicker: '优化营商环境 精准服务企业', title: '县发改局获评全省先进集体', subtitle: undefined })
  })
})

describe('the paper’s home place', () => {
  const story = '开化推进生态富民\n\n本报讯(记者 张三)记者来到开化，开化县根缘产业兴旺。全县干部群众齐心协力，开化县森林覆盖率领先。'

  it('gives a national paper no home county, and says why', () => {
    const meta = read('p5.txt', `人民日报\n\n2024年11月30日 星期六 第5版\n\n${story}`)
    expect(meta?.locality).toBeUndefined()
    expect(meta?.localityCode).toBeUndefined()
    expect(meta?.basis.locality).toContain('全国性')
  })

  it('gives a provincial paper no home division, says why, and still reads its 我省 as its province', () => {
    const text = `浙江日报\n\n2024年11月30日 星期六 第5版\n\n${story}\n\n我省出台新政\n\n本报讯 我省数字经济增长。`
    const meta = read('p5.txt', text)
    expect(meta?.locality).toBeUndefined()
    expect(meta?.localityCode).toBeUndefined()
    expect(meta?.basis.locality).toContain('省级')
    const page = ingestPage('p5.txt', new TextEncoder().encode(text)).page
    expect(page?.articles.find((a) => a.title === '我省出台新政')?.places.map((p) => p.name)).toEqual(['浙江省'])
  })
})

describe('places read from the whole page', () => {
  const tagsOf = (text: string, title: string) => {
    const page = ingestPage('p2.txt', new TextEncoder().encode(text)).page
    return page?.articles.find((a) => a.title === title)?.places.map((p) => chainOf(p.code).map((d) => d.name).join('›'))
  }
  const clinic = '社区医院投用\n\n本报讯 江南街道社区卫生服务中心新院区昨日投入使用，居民就医更方便。'

  it('takes a shared street name (江南街道) as the one in the city the page’s other stories say 我市 of and name the streets of', () => {
    const text = `招聘会举行\n\n本报讯 我市春季招聘会在芝英镇举行，古山镇企业提供岗位五百个，我市求职者踊跃。\n\n${clinic}`
    expect(read('p2.txt', text)?.locality).toBe('永康市')
    expect(tagsOf(text, '社区医院投用')).toEqual(['浙江省›金华市›永康市›江南街道'])
  })

  it('takes it from a street another story names, even where the page gives the paper no locality', () => {
    const text = `五金展开幕\n\n本报讯 五金博览会昨日在芝英镇开幕。\n\n${clinic}`
    expect(read('p2.txt', text)?.locality).toBeUndefined()
    expect(tagsOf(text, '社区医院投用')).toEqual(['浙江省›金华市›永康市›江南街道'])
  })

  it('leaves a shared street name out when nothing on the page says which it is', () => {
    expect(tagsOf(clinic, '社区医院投用')).toEqual([])
  })
})

describe('photos of local events', () => {
  const home = '我市新闻\n\n本报讯 我市开展文明城市创建，永康五金产业和永康职教中心获表彰，我市群众积极参与。\n\n'
  const placesOf = (photo: string) => {
    const page = ingestPage('p3.txt', new TextEncoder().encode(home + photo)).page
    return page?.articles.filter((a) => a.kind === 'photo').map((a) => a.places.map((p) => p.name))
  }

  it('tags a photo with the paper’s place when its caption names no other', () => {
    expect(placesOf('雪后清扫\n\n连日来，环卫工人在主干道上清扫积雪，保障市民出行。\n\n记者 张三 摄')).toEqual([['永康市']])
  })

  it('leaves it untagged when the caption names another place or the picture is an agency’s', () => {
    expect(placesOf('雪后清扫\n\n连日来，杭州环卫工人在主干道上清扫积雪，保障市民出行。\n\n记者 张三 摄')).toEqual([[]])
    expect(placesOf('雪后清扫\n\n连日来，环卫工人在主干道上清扫积雪，保障市民出行。\n\n新华社记者 张三 摄')).toEqual([[]])
  })
})
