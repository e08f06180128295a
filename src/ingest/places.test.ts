import { describe, expect, it } from 'vitest'
import { chainOf, loadDivisions } from './gazetteer'
import { tagPlaces } from './places'

const code = (name: string, within?: string) => {
  const found = [...loadDivisions().values()].filter((d) => d.name === name && (!within || chainOf(d.code).some((p) => p.name === within)))
  if (found.length !== 1) throw new Error(`${name} in ${within}: ${found.length} divisions`)
  return found[0]?.code as string
}
const names = (tags: { name: string }[]) => tags.map((t) => t.name)
const mainOf = (tags: { name: string; main?: boolean }[]) => tags.find((t) => t.main)?.name
const QUZHOU = code('衢州市')
const KECHENG = code('柯城区')
const YONGKANG = code('永康市')

describe('tagPlaces', () => {
  it('tags full names with their chain, most specific first', () => {
    const tags = tagPlaces({ headline: '山区群众搬下山', body: '近日，位于开化县池淮镇的共富工坊里，村民们正忙着生产。' }, QUZHOU)
    expect(names(tags)).toEqual(['池淮镇', '开化县'])
    expect(mainOf(tags)).toBe('池淮镇')
    expect(chainOf(tags[0]?.code ?? '').map((d) => d.name)).toEqual(['浙江省', '衢州市', '开化县', '池淮镇'])
  })

  it('reads short forms where a place name stands (在开化、江山二中, 湖镇派出所 repeated with its county named)', () => {
    expect(names(tagPlaces({ headline: '', body: '记者在开化、常山两地走访了多家企业。' }, QUZHOU))).toEqual(['开化县', '常山县'])
    expect(names(tagPlaces({ headline: '', body: '江山二中的地下停车场即将完工。' }, QUZHOU))).toEqual(['江山市'])
    const town = tagPlaces({ headline: '', body: '龙游县公安局湖镇派出所开展廉政教育。湖镇派出所所长表示，将继续努力。' }, QUZHOU)
    expect(names(town)).toEqual(['湖镇镇', '龙游县'])
  })

  it('leaves out the paper’s own province beside a place inside it, and keeps any other province', () => {
    // 浙江省 as an authority beside the county a 衢州 story is about: the county says where, and the province's filter finds it.
    expect(names(tagPlaces({ headline: '', body: '开化县根缘小镇项目列入浙江省重点建设项目。' }, QUZHOU))).toEqual(['开化县'])
    // Named alone, the province is what the story names.
    expect(names(tagPlaces({ headline: '', body: '浙江省出台新一轮稳经济政策。' }, QUZHOU))).toEqual(['浙江省'])
    // Another province beside a place inside it stays: it is news from elsewhere.
    expect(names(tagPlaces({ headline: '', body: '代表团赴广东省深圳市考察数字经济。' }, QUZHOU))).toEqual(['深圳市', '广东省'])
    // A paper without a home keeps every province it names.
    expect(names(tagPlaces({ headline: '', body: '开化县根缘小镇项目列入浙江省重点建设项目。' }, undefined))).toEqual(['开化县', '浙江省'])
  })

  it('does not tag a city from a company or a launch site named after it, but does where the city itself is meant', () => {
    expect(tagPlaces({ headline: '', body: '航天员乘组在酒泉卫星发射中心出征，将在轨驻留6个月。' }, undefined)).toEqual([])
    expect(tagPlaces({ headline: '', body: '在杭州某某智能科技有限公司的展台前，观众排起了长队。' }, undefined)).toEqual([])
    expect(names(tagPlaces({ headline: '', body: '在杭州，某某智能科技有限公司发布了新一代机器人。' }, undefined))).toEqual(['杭州市'])
  })

  it('does not tag a place from an ordinary word (江山如画, 一片大好江山)', () => {
    expect(tagPlaces({ headline: '江山如画', body: '秋日登高，江山如画，一片大好江山尽收眼底。' }, QUZHOU)).toEqual([])
  })

  it('resolves a town name shared by several counties from the paper or the article, and leaves it out otherwise', () => {
    const body = '江南街道社区卫生服务中心新院区投入使用。'
    expect(chainOf(tagPlaces({ headline: '', body }, YONGKANG)[0]?.code ?? '').map((d) => d.name)).toEqual(['浙江省', '金华市', '永康市', '江南街道'])
    const byArticle = tagPlaces({ headline: '', body: `临海市${body}` }, undefined)
    expect(chainOf(byArticle.find((t) => t.name === '江南街道')?.code ?? '').map((d) => d.name)).toContain('临海市')
    expect(tagPlaces({ headline: '', body }, undefined)).toEqual([])
  })

  it('resolves 我市 and 我区 to the paper’s own place and makes it the main place', () => {
    const city = tagPlaces({ headline: '我市外贸进出口创新高', body: '今年，我市外贸进出口总值530亿元，全市企业积极开拓市场。' }, YONGKANG)
    expect(city).toEqual([{ code: YONGKANG, name: '永康市', main: true }])
    const district = tagPlaces({ headline: '我区开展社保卡故事征集活动', body: '活动开展以来，全区投稿踊跃。' }, KECHENG)
    expect(mainOf(district)).toBe('柯城区')
    // 我区 means nothing in a city paper.
    expect(tagPlaces({ headline: '', body: '我区开展活动。' }, QUZHOU)).toEqual([])
  })

  it('keeps short forms of far-away places out (阿里巴巴 is not 阿里地区)', () => {
    expect(names(tagPlaces({ headline: '', body: '项目由阿里巴巴公益基金会、阿里健康公益实施。' }, KECHENG))).toEqual([])
  })

  it('files a story under the place it keeps returning to, with headline mentions weighing more', () => {
    const tags = tagPlaces({ headline: '“鲜辣常山”品牌重塑', body: '徐永君是常山县芳村镇人，在杭州工作。常山县是美食之乡。' }, QUZHOU)
    expect(mainOf(tags)).toBe('常山县')
    expect(names(tags)).toEqual(expect.arrayContaining(['芳村镇', '常山县', '杭州市']))
  })

  it('reads 矿区, 城区 and 林业局 as words, not divisions, unless their parent is named right before', () => {
    expect(tagPlaces({ headline: '矿区生态修复见成效', body: '县林业局组织护林员走进矿区，城区居民也来植树。' }, QUZHOU)).toEqual([])
    const named = tagPlaces({ headline: '', body: '阳泉市矿区的煤矿完成改造。' }, undefined)
    expect(chainOf(named[0]?.code ?? '').map((d) => d.name)).toEqual(['山西省', '阳泉市', '矿区'])
  })

  it('reads a cue that ends a word (源于, 基于, 听到) as the word, not as 于 or 到 before a place', () => {
    const guangzhou = code('广州市')
    expect(tagPlaces({ headline: '', body: '这种温度源于岭南文化中“守望相助”的传统。' }, guangzhou)).toEqual([])
    expect(names(tagPlaces({ headline: '', body: '记者在岭南采访，居民守望相助。' }, guangzhou))).toEqual(['岭南街道'])
  })

  it('reads a short form as a word unless it stands as a place: 水土不服 is not 水土街道, 资源 not 资源县', () => {
    const beibei = code('北碚区')
    const sick = '北碚区提醒游客：初到山城容易水土不服，水土不服时宜清淡饮食，山区存在水土流失。'
    expect(names(tagPlaces({ headline: '', body: sick }, beibei))).toEqual(['北碚区'])
    expect(names(tagPlaces({ headline: '', body: '北碚区在水土举办招聘会，水土的企业提供岗位。' }, beibei))).toEqual(['水土街道', '北碚区'])
    const words = '各地盘活闲置资源、资金和人才，充分利用当地资源。'
    expect(tagPlaces({ headline: '', body: words }, undefined)).toEqual([])
    expect(tagPlaces({ headline: '', body: words }, code('桂林市'))).toEqual([])
    expect(names(tagPlaces({ headline: '', body: '记者从桂林出发，在资源、龙胜两地走访。' }, code('桂林市')))).toEqual(['资源县', '龙胜各族自治县', '桂林市'])
  })

  it('reads a short town name in full only as a word of its own: 高于城镇 is not 于城镇, 建设乡村 not 建设乡', () => {
    expect(tagPlaces({ headline: '', body: '今年县乡消费品零售额增速高于城镇，推进建设乡村振兴示范带。' }, undefined)).toEqual([])
    expect(names(tagPlaces({ headline: '', body: '记者来到海盐县于城镇，看到新建的文化广场。' }, undefined))).toContain('于城镇')
  })

  it('needs the county or city of a town’s three-character name in view: 小城镇 in 大中小城市、小城镇 is small towns', () => {
    expect(tagPlaces({ headline: '', body: '统筹大中小城市、小城镇协调发展。' }, undefined)).toEqual([])
    expect(names(tagPlaces({ headline: '', body: '在莘县燕店镇，瓜农忙着采摘。' }, undefined))).toContain('燕店镇')
    expect(names(tagPlaces({ headline: '', body: '记者来到于城镇，看到新建的文化广场。' }, code('海盐县')))).toContain('于城镇')
  })

  it('reads a name before a landform or a sight as the feature, not the division (水东湾, 贺兰山, 万峰林景区, 科尔沁草原)', () => {
    const maoming = code('茂名市')
    expect(tagPlaces({ headline: '', body: '游客在水东湾海洋公园观光。' }, maoming)).toEqual([])
    expect(names(tagPlaces({ headline: '', body: '记者在水东采访，水东街道的居民很热情。' }, maoming))).toEqual(['水东街道'])
    expect(names(tagPlaces({ headline: '', body: '记者来到宁夏，在贺兰山东麓看葡萄酒庄。' }, undefined))).toEqual(['宁夏回族自治区'])
    const wanfenglin = '探访团来到兴义市，兴义万峰林层峦叠嶂，万峰林景区游人如织。'
    expect(names(tagPlaces({ headline: '', body: wanfenglin }, undefined))).toEqual(['兴义市'])
    expect(names(tagPlaces({ headline: '', body: '通辽市坐落在科尔沁草原腹地。' }, undefined))).toEqual(['通辽市'])
    // A city's port is the city's.
    expect(names(tagPlaces({ headline: '', body: '旅客从烟台港出发。' }, code('烟台市')))).toEqual(['烟台市'])
  })

  it('reads a name heading a sight’s own name (凤凰栖景区) as the sight, and a place’s outlet (某地日报记者) as the outlet', () => {
    const anju = code('安居区')
    expect(names(tagPlaces({ headline: '', body: '在安居区凤凰栖景区，各式各样的风筝在空中飞舞。' }, anju))).toEqual(['安居区'])
    expect(names(tagPlaces({ headline: '', body: '在安居区凤凰，风筝在空中飞舞。' }, anju))).toEqual(['凤凰街道', '安居区'])
    expect(tagPlaces({ headline: '', body: '12日上午，寿光日报全媒体记者赶到抢险点附近。' }, code('潍坊市'))).toEqual([])
    expect(names(tagPlaces({ headline: '', body: '12日上午，记者赶到寿光抢险点附近。' }, code('潍坊市')))).toEqual(['寿光市'])
  })

  it('reads a town’s short form with another division’s suffix after it (裕东区) as that other name, not the town', () => {
    const shijiazhuang = code('石家庄市')
    expect(names(tagPlaces({ headline: '', body: '在石家庄市裕东区金马社区菜市场的摊位前。' }, shijiazhuang))).toEqual(['石家庄市'])
    expect(names(tagPlaces({ headline: '', body: '在石家庄市裕东，金马社区菜市场的摊位前。' }, shijiazhuang))).toEqual(['裕东街道', '石家庄市'])
  })

  it('reads a name before 村 or 社区 as a village’s, not the county or town of that name (建平社区, 平永村队)', () => {
    const body = '鞍山市立山区曙光街道建平社区开展志愿活动。'
    expect(names(tagPlaces({ headline: '', body }, code('辽宁省')))).toEqual(['曙光街道', '立山区', '鞍山市'])
    expect(names(tagPlaces({ headline: '', body: '榕江县举行决赛，平永村队获得亚军。' }, undefined))).toEqual(['榕江县'])
  })

  it('reads a name written straight after a place as part of its address only when that place holds it', () => {
    // 浙江建设 is Zhejiang building something, not a 建设乡 elsewhere; 北京丰台 and 山西大同 are one address each.
    expect(names(tagPlaces({ headline: '', body: '漳州市推动驿站建设，浙江建设“小哥学院”。' }, undefined))).toEqual(['漳州市'])
    expect(names(tagPlaces({ headline: '', body: '北京丰台一个社区获评“无诉社区”。' }, undefined))).toEqual(['丰台区', '北京市'])
    expect(names(tagPlaces({ headline: '', body: '山西大同、河南洛阳的做法值得借鉴。' }, undefined))).toEqual(['大同市', '洛阳市', '山西省', '河南省'])
  })

  it('reads a town’s short form that stands as a place in few of its many mentions as a word (吐鲁番葡萄 … 种葡萄)', () => {
    const body = '吐鲁番市的葡萄熟了。吐鲁番葡萄甘甜，葡萄园里种葡萄，葡萄干远销各地。'
    expect(names(tagPlaces({ headline: '', body }, undefined))).toEqual(['吐鲁番市'])
  })

  it('reads a direction after a province’s abbreviation as part of that province (浙中山区 is no 中山区, 闽南山区 no 南山区)', () => {
    expect(tagPlaces({ headline: '', body: '磐安深藏浙中山区，闽南山区的茶园也正采茶。' }, undefined)).toEqual([])
    expect(names(tagPlaces({ headline: '', body: '中山区人民路街道开展活动。' }, undefined))).toEqual(['人民路街道', '中山区'])
  })

  it('reads a city’s name right before a district inside it as one address that says which district is meant (深圳南山区)', () => {
    // 南山区 is a district of 深圳 and of 鹤岗: the city before it picks the reading, and is tagged itself.
    expect(names(tagPlaces({ headline: '', body: '深圳南山区科技园里，企业加快发展。' }, undefined))).toEqual(['南山区', '深圳市'])
    expect(names(tagPlaces({ headline: '', body: '鹤岗南山区召开会议。' }, undefined))).toEqual(['南山区', '鹤岗市'])
    expect(tagPlaces({ headline: '', body: '南山区召开会议。' }, undefined)).toEqual([])
  })

  it('reads 区位 after a three-character district name as a word (港口区位之优)', () => {
    expect(tagPlaces({ headline: '', body: '企业借运河货运之利、港口区位之优开辟新天地。' }, undefined)).toEqual([])
    expect(names(tagPlaces({ headline: '', body: '防城港市港口区的企业加快发展。' }, undefined))).toEqual(['港口区', '防城港市'])
  })

  it('reads a city’s short form where a place name stands in any paper, far from home or not (在杭州, 到武汉)', () => {
    expect(names(tagPlaces({ headline: '', body: '比赛在杭州举行，运动员随后到武汉集训。' }, code('合肥市')))).toEqual(['杭州市', '武汉市'])
    expect(tagPlaces({ headline: '', body: '杭州亚运会的吉祥物深受欢迎。' }, code('合肥市'))).toEqual([])
  })

  it('reads a place before 路 as a road named after it, which runs elsewhere (在南京路, 到中山路), but not 路口 or 路上', () => {
    expect(tagPlaces({ headline: '', body: '游客在南京路购物，再到中山路吃饭。' }, code('黄浦区'))).toEqual([])
    expect(names(tagPlaces({ headline: '', body: '记者在衢州路口看到车流如织。' }, undefined))).toEqual(['衢州市'])
  })

  it('accepts a list of places by their neighbours (开化、常山) but not a place listed with words', () => {
    expect(names(tagPlaces({ headline: '', body: '开化、常山两地联合执法。' }, QUZHOU))).toEqual(['开化县', '常山县'])
    expect(tagPlaces({ headline: '', body: '江山、社稷与人民。' }, QUZHOU)).toEqual([])
  })

  it('lets the paper’s own place end a phrase (建设“健康柯城”), but not another place', () => {
    expect(names(tagPlaces({ headline: '建设“健康柯城”', body: '' }, KECHENG))).toEqual(['柯城区'])
    expect(tagPlaces({ headline: '建设“健康柯城”', body: '' }, code('龙游县'))).toEqual([])
  })

  it('reads the short form of an autonomous county (景宁 for 景宁畲族自治县, 龙胜 for 龙胜各族自治县)', () => {
    expect(names(tagPlaces({ headline: '', body: '记者在景宁采访。' }, code('丽水市')))).toEqual(['景宁畲族自治县'])
    // The short form stops where the people's name begins (黔西南, not 黔西), and a province keeps its own (河南 is not 河南蒙古族自治县).
    expect(names(tagPlaces({ headline: '', body: '记者在黔西南采访。' }, code('贵阳市')))).toEqual(['黔西南布依族苗族自治州'])
    expect(names(tagPlaces({ headline: '', body: '记者在河南采访，河南各地麦收正忙。' }, undefined))).toEqual(['河南省'])
  })

  it('reads 全市 as the paper’s city only when the story names no city inside it, and 我省 as a provincial paper’s province', () => {
    expect(names(tagPlaces({ headline: '', body: '全市企业积极开拓市场。' }, QUZHOU))).toEqual(['衢州市'])
    expect(names(tagPlaces({ headline: '江山市召开经济工作会议', body: '全市上下要抓好项目建设。' }, QUZHOU))).toEqual(['江山市'])
    expect(names(tagPlaces({ headline: '我省出台新政', body: '资本市场和日本市场都在变化。' }, '33'))).toEqual(['浙江省'])
    expect(tagPlaces({ headline: '', body: '资本市场和日本市场都在变化。' }, QUZHOU)).toEqual([])
  })

  it('resolves a town name shared by several counties from the rest of the page when the story and paper do not say', () => {
    const body = '江南街道社区卫生服务中心新院区投入使用。'
    const chain = (tags: { code: string }[]) => chainOf(tags[0]?.code ?? '').map((d) => d.name)
    expect(chain(tagPlaces({ headline: '', body }, undefined, undefined, [YONGKANG]))).toEqual(['浙江省', '金华市', '永康市', '江南街道'])
    // A page naming two cities that each have one leaves it out; the paper's own place comes before the page.
    expect(tagPlaces({ headline: '', body }, undefined, undefined, [YONGKANG, code('临海市')])).toEqual([])
    expect(chain(tagPlaces({ headline: '', body }, code('临海市'), undefined, [YONGKANG]))).toContain('临海市')
  })

  it('reads a two-character name (范县, 新县, 高县) like a short form: not in 示范县, 新县城, 提高县级, 代县长', () => {
    const words = '各地创建示范县，提高县级医院能力，振兴县域经济，新县城建设加快，代县长出席。'
    expect(tagPlaces({ headline: '', body: words }, undefined)).toEqual([])
    expect(tagPlaces({ headline: '', body: words }, code('信阳市'))).toEqual([])
    expect(names(tagPlaces({ headline: '', body: '河北省赵县的梨花开了，记者在赵县看到游人如织。' }, undefined))).toEqual(['赵县', '河北省'])
    expect(names(tagPlaces({ headline: '', body: '徐州丰县的果农迎来丰收。' }, code('徐州市')))).toEqual(['丰县', '徐州市'])
  })

  it('reads 街道 as a word, though a town in the statistics carries it as its whole name', () => {
    expect(tagPlaces({ headline: '', body: '街道办在街道开展巡查。' }, code('皮山县'))).toEqual([])
  })

  it('needs a town’s county or city in view for its short form: a provincial paper’s province is too wide', () => {
    const body = '城中村改造稳步实施，在和平年代建设人与自然和谐共生的家园。'
    expect(tagPlaces({ headline: '', body }, '33')).toEqual([])
    expect(names(tagPlaces({ headline: '', body: '开化县在华埠举行招商会。' }, '33'))).toEqual(['华埠镇', '开化县'])
  })

  it('reads a settlement word with a position (村头, 城东, 城关) as a word, not a town’s short form', () => {
    expect(tagPlaces({ headline: '', body: '村民在村头晒秋，城东的菜市场也热闹起来。' }, code('开化县'))).toEqual([])
    expect(names(tagPlaces({ headline: '', body: '村头镇举行丰收节。' }, code('开化县')))).toEqual(['村头镇'])
  })
})
