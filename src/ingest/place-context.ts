// Where a short place name (开化, 湖镇, 资源) stands as a name and not as an
// everyday word: the words around it, or a place beside it in a list.
import type { PlaceLevel } from './gazetteer'
import { CJK } from './text'

/** A mention as the context rules see it: where it stands and what it reads. */
export interface Spot {
  at: number
  form: { form: string }
}

/** Characters that, just before a short form, show it standing as a place name (在开化, 赴常山). */
const BEFORE_PLACE = new Set('在到赴来于从至往驻经')
/**
 * Common words that end in one of those characters (存在, 得到, 由于): 存在水土流失 is no 在 before 水土. Ordinary
 * vocabulary, not place names, so the list holds for any page.
 */
const WORDS_ENDING_IN_CUE = new Set([
  '存在', '现在', '正在', '实在', '所在', '好在', '在于', '得到', '受到', '达到', '遇到', '看到', '想到', '做到', '感到', '提到', '直到', '带来', '原来', '未来', '以来', '近来', '起来', '出来', '将来', '本来', '后来', '由于', '对于', '关于', '属于', '等于', '至于', '处于', '善于', '用于', '便于', '易于', '服从', '自从', '甚至', '以至', '直至', '乃至', '以往', '已经', '曾经', '历经',
  '源于', '基于', '鉴于', '出于', '终于', '过于', '急于', '勇于', '敢于', '乐于', '忠于', '归于', '限于', '趋于', '免于', '高于', '低于', '多于', '少于', '大于', '小于', '当于', '决于', '似于', '见到', '听到', '收到', '谈到', '说到', '找到', '拿到', '用到', '涉及到',
])
/**
 * Characters and words that, right after a short form, show it standing as a place name (开化人, 江山二中, 湖镇派出所).
 * Not 村 or 社区: 建平社区 and 平永村 are villages that share a county's or a town's name.
 */
const AFTER_PLACE_CHARS = new Set('人籍境内外')
const AFTER_PLACE_WORDS = ['各地', '等地', '两地', '三地', '全境', '一带', '派出所', '政府', '党委', '中学', '小学', '二中', '一中', '实验', '医院', '卫生院', '中心', '法院', '检察院', '公安', '警方', '交警', '供电', '税务', '大道']

/**
 * Landforms and sights, right after a name: 水东湾, 象山港, 秦淮河畔, 贺兰山下, 科尔沁草原, 万峰林景区 name a bay, a
 * river, a mountain, a park — often the feature a division is named after, never the division itself. 山区 is terrain
 * of the place (开化山区), not a mountain's name.
 */
const FEATURE_CHARS = new Set('湾港湖岛峡河溪滩畔岭峰山')
const FEATURE_WORDS = ['草原', '公园', '景区', '湿地', '水库']
/** A sight's own name may run one character past the place's (凤凰栖景区, 龙山寺公园): the character is no punctuation or digit. */
const SIGHT_NAME_CHAR = new RegExp(`[${CJK}]`)

/** Media named after a place (某地日报全媒体记者, 某地广播电视台): the outlet, not a report from the place. */
const OUTLET = /^(?:日报|晚报|都市报|报社|广播电视台|电视台|融媒体中心|新闻网)/
/**
 * A division's own suffix right after a town's short form, not its own (裕东区 is a district, not 裕东街道): another
 * division's name. Words that open with such a character (区域, 市场, 县城) do not count.
 */
const OTHER_SUFFIX = /^(?:[区县市省](?![域场民里内外委属直级城长])|自治)/

/** After 路, characters that make it a word of the place's own (路口, 路上, 路过, 路段, 路边). */
const ROAD_WORDS = new Set('口上过段边旁线')

/**
 * A city's, a county's or a province's name heading a company's (某地啤酒股份有限公司, 某地钢铁集团) or a launch site's
 * (某地卫星发射中心) name: the body is named after the place, not reported there — a launch centre stands far from
 * its namesake city.
 */
const INSTITUTION = new RegExp(`[${CJK}]{0,10}?(?:有限公司|有限责任公司|股份公司|集团|卫星发射中心)`, 'y')

/**
 * Does the mention of a town or county name a landform or a sight rather than the division (水东湾, 贺兰山, 万峰林景区),
 * or any place name a road (南京路) or a company or launch site named after it? A city's or a province's port, river or
 * park is the city's (烟台港, 山东港口).
 */
export function namesFeature(text: string, spot: Spot, level: PlaceLevel): boolean {
  const end = spot.at + spot.form.form.length
  const after = text.charAt(end)
  // A road named after a place runs through another (南京路 in 上海, 中山路 everywhere); 路口, 路上 and 路过 are the place's own.
  if (after === '路' && !ROAD_WORDS.has(text.charAt(end + 1))) return true
  // Only a county or a wider place lends its name to such bodies; a company under a town's name is mostly sited there.
  if (level !== 'town') {
    INSTITUTION.lastIndex = end
    if (INSTITUTION.test(text)) return true
  }
  if (level !== 'province' && OUTLET.test(text.slice(end, end + 5))) return true
  if (level === 'city' || level === 'province') return false
  if (FEATURE_CHARS.has(after)) return !(after === '山' && text.charAt(end + 1) === '区')
  if (FEATURE_WORDS.some((w) => text.startsWith(w, end))) return true
  if (level === 'town' && OTHER_SUFFIX.test(text.slice(end, end + 2)) && !spot.form.form.endsWith(after)) return true
  return SIGHT_NAME_CHAR.test(after) && FEATURE_WORDS.some((w) => text.startsWith(w, end + 1))
}
/** Separators of a list (开化、常山 / 开化和常山): a name in a list is a place only beside another place. */
const LIST = new Set('、和与及同')

/**
 * Does the short form at `spots[j]` stand where a place name stands: 在开化 / 江山二中 / 湖镇派出所, or listed beside
 * a place (开化、常山) — unlike 江山如画, 人力资源、社会保障 or 存在水土流失? `placeOf(k)` is the code of what spots[k]
 * reads as, undefined when not a place ('' when unknown: it encloses anything). A name written straight after another
 * is part of one address only when the outer holds the inner: 徐州丰县 and 北京丰台 are, 浙江建设 is not.
 */
export function placeLikeContext(text: string, spots: readonly Spot[], j: number, placeOf: (k: number) => string | undefined): boolean {
  const { at, form } = spots[j] as Spot
  const before = at > 0 ? text.charAt(at - 1) : ''
  if (BEFORE_PLACE.has(before) && !WORDS_ENDING_IN_CUE.has(text.slice(at - 2, at))) return true
  const end = at + form.form.length
  const after = text.charAt(end)
  if (AFTER_PLACE_CHARS.has(after) || AFTER_PLACE_WORDS.some((w) => text.startsWith(w, end))) return true
  const previous = spots[j - 1]
  const gap = previous ? at - previous.at - previous.form.form.length : -1
  if (gap === 1 && LIST.has(before) && placeOf(j - 1) !== undefined) return true
  const next = spots[j + 1]
  if (LIST.has(after) && next !== undefined && next.at === end + 1 && placeOf(j + 1) !== undefined) return true
  // One address: right after the place holding it (徐州丰县, 河北省赵县, 衢州柯城), or right before a place it holds (北京丰台).
  const own = gap === 0 || next?.at === end ? placeOf(j) : undefined
  if (own === undefined) return false
  const outer = gap === 0 ? placeOf(j - 1) : undefined
  if (outer !== undefined && own.startsWith(outer)) return true
  const inner = next?.at === end ? placeOf(j + 1) : undefined
  return inner !== undefined && inner !== own && inner.startsWith(own)
}

/** Punctuation that ends a phrase: after the paper's own place name (健康柯城”, 走进开化，) it stands as the place. */
const PHRASE_END = new Set('，,。；;：:）)”’」』、！!？?')

/** Does the mention end a phrase (a weaker sign, enough only for the paper's own place)? */
export const closesPhrase = (text: string, spot: Spot): boolean => PHRASE_END.has(text.charAt(spot.at + spot.form.form.length))
