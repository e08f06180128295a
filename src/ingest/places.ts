// Step 8: the places an article is about, from the gazetteer. Full names are
// trusted; short forms (开化, 湖镇) and names shared by several divisions
// (江南街道) need support from the article or the paper's own locality, and a
// place is left out rather than guessed.
import { wordSegmenter } from './text'
import { type Division, isProvinceCode, isWithin, loadDivisions, type PlaceLevel, provinceOf } from './gazetteer'
import { closesPhrase, namesFeature, placeLikeContext } from './place-context'
import { type Form, findMentions, type Mention, provincesOf } from './place-index'
import { SELF_FITS, type SelfKind, selfReferences } from './self-reference'

export interface PlaceTag {
  code: string
  name: string
  main?: boolean
}

const NONE: Division[] = []


/**
 * Does text[at, at + length) start and end on word boundaries? A short town name in full can be a common word's tail
 * or head: 低于城镇 is not 于城镇, 建设乡村 not 建设乡. Only the few short town names found are asked about.
 */
function standsAsWord(text: string, at: number, length: number): boolean {
  const from = Math.max(0, at - 4)
  const window = text.slice(from, at + length + 4)
  const key = `${at - from}:${window}`
  const known = wordAnswers.get(key)
  if (known !== undefined) return known
  if (wordAnswers.size >= WORD_ANSWERS_MAX) wordAnswers.clear()
  const answer = segmentsAsWord(window, at - from, length)
  wordAnswers.set(key, answer)
  return answer
}

/** Segmenting is costly and the same town is named in the same words again and again: answers are remembered. */
const wordAnswers = new Map<string, boolean>()
const WORD_ANSWERS_MAX = 4096

function segmentsAsWord(window: string, start: number, length: number): boolean {
  const segments = wordSegmenter.segment(window)
  const end = start + length
  const first = segments.containing(start)
  const last = segments.containing(end - 1)
  return first?.index === start && last !== undefined && last.index + last.segment.length <= end
}

/** A form's candidates that lie within `area` (only those in its province need a look), remembered per form. */
function candidatesWithin(form: Form, area: string): Division[] {
  // Most areas lie in a province where the form has no reading: nothing to remember.
  if (!provincesOf(form)?.has(provinceOf(area))) return NONE
  form.inArea ??= new Map()
  let found = form.inArea.get(area)
  if (!found) {
    found = (provincesOf(form)?.get(provinceOf(area)) ?? []).filter((c) => isWithin(c.code, area))
    form.inArea.set(area, found)
  }
  return found
}

/** A page's areas by province, made once a page. */
const areasByProvince = new WeakMap<readonly string[], Map<string, string[]>>()

/** A form's candidates within the page's areas: the same for every article of the page, so kept on the form. */
function candidatesOnPage(form: Form, onPage: readonly string[]): Division[] {
  if (form.page === onPage) return form.inPage
  form.page = onPage
  let byProvince = areasByProvince.get(onPage)
  if (!byProvince) {
    byProvince = new Map()
    for (const a of onPage) {
      const list = byProvince.get(provinceOf(a))
      if (list) list.push(a)
      else byProvince.set(provinceOf(a), [a])
    }
    areasByProvince.set(onPage, byProvince)
  }
  // Only the provinces where the form has readings and the page has areas need a look.
  const found: Division[] = []
  for (const [province, candidates] of provincesOf(form) ?? []) {
    const areas = byProvince.get(province)
    if (areas) for (const c of candidates) if (areas.some((a) => isWithin(c.code, a))) found.push(c)
  }
  form.inPage = found
  return found
}

/** After a three-character name's suffix, a character that makes the suffix a word: 港口区位 is 区位 (西安市场 is still 西安's market). */
const SUFFIX_WORDS: Record<string, string> = { 区: '位' }

/**
 * Does a full name stand as the division where it is written? A short town name can be a common word's tail or head
 * (低于城镇, 建设乡村), and a three-character name's suffix can begin a word (港口区位).
 */
function fullNameStands(text: string, at: number, name: string, place: Division): boolean {
  if (name.length !== 3) return true
  if (place.level === 'town') return standsAsWord(text, at, name.length)
  if (DIRECTIONS.has(name.charAt(0)) && PROVINCE_ABBREVIATIONS.has(text.charAt(at - 1))) return false
  return !SUFFIX_WORDS[name.charAt(2)]?.includes(text.charAt(at + 3))
}

/**
 * The provinces' one-character abbreviations (GB/T 2260 简称). Before a direction they name a part of the province
 * (浙中, 皖南, 湘西, 粤东), so a district named by a direction and a common word after it is no district there: 浙中山区
 * is central Zhejiang's hills, not 中山区 of 大连, and 闽南山区 is not 南山区.
 */
const PROVINCE_ABBREVIATIONS = new Set('京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新港澳台')
const DIRECTIONS = new Set('东南西北中')

/**
 * Is a form, over the whole article, a place's name? A town's short form is mostly a word or a feature's name: one that
 * names a landform once (万峰林景区) names the feature throughout, and one that stands as a place in under a third of
 * its many mentions is an everyday word that once fell beside a place (葡萄 … 吐鲁番葡萄). Counties, cities and
 * provinces are named bare in running text (武汉大学, 上海一家企业), full names are names, and so are short forms backed
 * by the full name and the paper's own place.
 */
function readsAsPlace(form: Form): boolean {
  if (form.full || form.settled || form.home || form.place?.level !== 'town') return true
  return form.features === 0 && (form.shortCount < 3 || form.likes * 3 >= form.shortCount)
}

const SPECIFICITY: Record<PlaceLevel, number> = { province: 0, city: 1, county: 2, town: 3 }

/** What tagPlaces knows of one article while it reads its forms; module functions read it instead of closures made per article. */
interface Reading {
  mentions: readonly Mention[]
  paper: Division | undefined
  /** Places named in full with a single reading. */
  anchors: string[]
  fullyNamed: Set<string>
  /** Provinces named by their short form. */
  provincesNamed: Set<string>
  /** Anchors and provinces named: what a shared name's reading may lie within. */
  named: string[]
  /** Anchors and the paper's place below province level: what a town needs in view. */
  areas: string[]
  /** The paper's province. */
  province: string | undefined
  onPage: readonly string[]
}

const bump = (score: Map<string, number>, code: string, inHeadline: boolean) => score.set(code, (score.get(code) ?? 0) + (inHeadline ? 3 : 1))

/** Does `code` lie strictly within one of `areas`? */
const within = (code: string, areas: readonly string[]) => areas.some((a) => a !== code && isWithin(code, a))

/** A county or city around a town's three-character name, named in the article in any form (莘县燕店镇), by the paper or by the page. */
function inView(r: Reading, code: string): boolean {
  const { onPage } = r
  if (within(code, r.areas) || onPage.some((a) => isWithin(code, a) && pageSoleTowns.get(onPage)?.get(a) !== code)) return true
  return r.mentions.some(({ form }) => form.candidates.some((c) => c.level !== 'town' && c.level !== 'province' && isWithin(code, c.code)))
}

/** A form's candidates within an area (none when there is no area). */
const inArea = (form: Form, area: string | undefined): Division[] => (area ? candidatesWithin(form, area) : NONE)

/** The reading of a name shared by several divisions that this article, its paper or its page points at, if one. */
function pickReading(r: Reading, form: Form): Division | undefined {
  const { paper } = r
  // The reading that lies within a place named in this article (in full, or a province by its short form: 山西大同), else within the paper's own area.
  const inArticle = new Set(r.named.flatMap((a) => inArea(form, a).filter((c) => c.code !== a)))
  // Nearest first: the paper's own area, then the rest of the page (when it points at one reading), then the city around the paper.
  const inPaper = inArea(form, paper?.code)
  const inPage = inPaper.length || inArticle.size ? NONE : candidatesOnPage(form, r.onPage)
  const pick = inArticle.size ? [...inArticle] : inPaper.length ? inPaper : inPage.length ? inPage : inArea(form, paper?.parent)
  // Readings that nest (资源县 and its seat 资源镇) name the outer one.
  return pick.find((outer) => pick.every((c) => isWithin(c.code, outer.code)))
}

/** Works out what a form reads as in this article (its `place`, `settled`, `home` and `repeated`). */
function readForm(r: Reading, form: Form): void {
  form.read = true
  form.place = undefined
  form.settled = false
  form.repeated = false
  form.shown = false
  form.home = false
  const { candidates } = form
  const place = candidates.length === 1 ? candidates[0] : pickReading(r, form)
  if (!place || form.full) {
    // A town's three-character name is one of forty thousand and often a phrase (小城镇 in 大中小城市、小城镇): it needs
    // its county or city in view, in the article, the paper or the rest of the page.
    const short = place?.level === 'town' && form.form.length === 3 && candidates.length === 1
    form.place = place && short && !inView(r, place.code) ? undefined : place
    return
  }
  // Short forms of far-away places are mostly ordinary words (阿里巴巴 is not 阿里地区, 资源 not 资源县): keep to the
  // paper's province and those of places the article names in full or provinces it names (all a paper without a home
  // place has to go on). A province's or a city's own short form (河南, 杭州) is a name anywhere.
  const placeProvince = provinceOf(place.code)
  const near = place.level === 'province' || place.level === 'city' || r.province === placeProvince || r.provincesNamed.has(placeProvince) || r.anchors.some((a) => provinceOf(a) === placeProvince)
  // A town's short form also needs its county or city in view (a province is too wide): two-character town names are
  // everyday words elsewhere (城中村, 建设人与自然, 在和平年代 in a provincial paper).
  if (!near || (place.level === 'town' && !within(place.code, r.areas))) return
  form.place = place
  // Named in full elsewhere in the article: every mention counts. The paper's locality alone is not enough.
  form.settled = r.fullyNamed.has(place.code)
  form.home = r.paper !== undefined && (place.code === r.paper.code || place.code === r.paper.parent)
  form.repeated = form.shortCount >= 2 && within(place.code, r.anchors)
}

export interface ArticleText {
  headline: string
  body: string
}

/** The text tagPlaces reads for an article: its headline, a line break, its body. */
export const articleText = ({ headline, body }: ArticleText): string => `${headline}\n${body}`

/** Numbers the articles tagPlaces reads, for the scratch fields on each form. */
let articleCount = 0

/** For each page's areas, the areas that only one town's three-character name gave, with that town's code. */
const pageSoleTowns = new WeakMap<readonly string[], Map<string, string>>()

/**
 * The cities and counties a page names unambiguously, directly or through a town or street in them: what settles a
 * name shared by several divisions (江南街道) in a story that does not say which — a page naming one city's streets is
 * that city's page.
 */
export function pageAreas(stories: readonly { text: string; mentions: readonly Mention[] }[]): string[] {
  const areas = new Set<string>()
  const shortTowns = new Map<string, Set<string>>()
  for (const { text, mentions } of stories) {
    for (const { form, at } of mentions) {
      const only = form.full && form.candidates.length === 1 ? form.candidates[0] : undefined
      if (!only || (form.form.length === 3 && only.level !== 'town' && !fullNameStands(text, at, form.form, only))) continue
      if (only.level === 'city' || only.level === 'county') areas.add(only.code)
      else if (only.level === 'town' && only.parent && form.form.length > 3) areas.add(only.parent)
      else if (only.level === 'town' && only.parent) shortTowns.set(only.parent, (shortTowns.get(only.parent) ?? new Set()).add(only.code))
    }
  }
  // A town's three-character name needs support itself (小城镇): it places the page for other names (芝英镇 for 江南街道),
  // but an area only it names does not place that town.
  const soleTown = new Map<string, string>()
  for (const [county, towns] of shortTowns) {
    if (!areas.has(county) && towns.size === 1) soleTown.set(county, [...towns][0] as string)
    areas.add(county)
  }
  const found = [...areas]
  pageSoleTowns.set(found, soleTown)
  return found
}

/**
 * Tags one article. `paperLocality` is the code of the paper's own place (我市/我区 resolve to it, and it settles
 * which of several same-named divisions is meant); `onPage`, the pageAreas of its page, settles them next.
 * Returns places most specific first; the one the article is mainly about has `main`.
 * `found`, when given, is the article's text (articleText) and its mentions (findMentions(text, headline.length + 1)),
 * made once by the caller.
 */
export function tagPlaces(article: ArticleText, paperLocality?: string, found?: { text: string; mentions: Mention[] }, onPage: readonly string[] = []): PlaceTag[] {
  const all = loadDivisions()
  const { headline } = article
  const text = found?.text ?? articleText(article)
  const mentions = found?.mentions ?? findMentions(text, headline.length + 1)
  const stamp = ++articleCount
  const score = new Map<string, number>()

  const paper = paperLocality ? all.get(paperLocality) : undefined
  let wholes: { kind: SelfKind; at: number }[] | undefined
  if (paper) {
    for (const ref of selfReferences(text)) {
      if (!SELF_FITS[ref.kind](paper)) continue
      if (ref.whole) (wholes ??= []).push(ref)
      else bump(score, paper.code, ref.at <= headline.length)
    }
  }
  // Anchors: places named in full with a single reading. They, and the paper's locality, settle the ambiguous ones.
  const anchors: string[] = []
  const fullyNamed = new Set<string>()
  // Provinces named by their short form (河南, 广东) anywhere in the article: their places are near (河南邓州).
  const provincesNamed = new Set<string>()
  for (const m of mentions) {
    const { form } = m
    if (form.article !== stamp) {
      form.article = stamp
      form.shortCount = 0
      form.read = false
      form.features = 0
      form.likes = 0
    }
    if (!form.full) {
      form.shortCount++
      if (form.candidates[0].level === 'province') provincesNamed.add(form.candidates[0].code)
    } else {
      for (const c of form.candidates) fullyNamed.add(c.code)
      const only = form.candidates.length === 1 ? form.candidates[0].code : undefined
      if (only !== undefined && !anchors.includes(only)) anchors.push(only)
    }
  }
  // A city's, a county's or a province's name right before a division inside it (深圳南山区, 浙江江山市) is a place named
  // in full: the pair says which of several same-named divisions is meant, and that the first name is no everyday word.
  for (let k = 1; k < mentions.length; k++) {
    const inner = mentions[k] as Mention
    const outer = mentions[k - 1] as Mention
    if (!inner.form.full || outer.at + outer.form.form.length !== inner.at) continue
    for (const c of outer.form.candidates) {
      if (c.level === 'town' || !inner.form.candidates.some((d) => d.code !== c.code && isWithin(d.code, c.code))) continue
      fullyNamed.add(c.code)
      if (!anchors.includes(c.code)) anchors.push(c.code)
    }
  }
  const context = paper ? [...anchors, paper.code] : anchors
  const r: Reading = {
    mentions, paper, anchors, fullyNamed, provincesNamed, onPage,
    named: provincesNamed.size ? [...anchors, ...provincesNamed] : anchors,
    areas: context.filter((c) => !isProvinceCode(c)),
    province: paper ? provinceOf(paper.code) : undefined,
  }

  const placeOf = (k: number) => {
    const { form } = mentions[k] as Mention
    if (!form.read) readForm(r, form)
    return form.place?.code
  }
  // Every mention is weighed before any counts, since a short form's other mentions decide whether it names a place here.
  const accepted: Mention[] = []
  // Mentions of a short form repeated inside a place the article names (湖镇派出所 … 龙游县 … 湖镇), counted once one of them stands as a place.
  let waiting: Mention[] | undefined
  mentions.forEach((m, j) => {
    const { form } = m
    if (placeOf(j) === undefined) return
    if (form.full ? !fullNameStands(text, m.at, form.form, form.place as Division) : namesFeature(text, m, (form.place as Division).level)) {
      form.features++
      return
    }
    if (!form.full && !form.settled) {
      if (placeLikeContext(text, mentions, j, placeOf) || (form.home && closesPhrase(text, m))) {
        form.shown = true
        form.likes++
      } else {
        if (form.repeated) (waiting ??= []).push(m)
        return
      }
    }
    accepted.push(m)
  })
  for (const m of accepted) if (readsAsPlace(m.form)) bump(score, (m.form.place as Division).code, m.inHeadline)
  for (const m of waiting ?? []) if (m.form.shown && readsAsPlace(m.form)) bump(score, (m.form.place as Division).code, m.inHeadline)
  // 全市 in a local paper is its own city, unless the story names a city of that kind inside it (a 衢州 story on 江山市).
  if (paper) {
    for (const { kind, at } of wholes ?? []) {
      const inside = [...score.keys()].some((c) => c !== paper.code && isWithin(c, paper.code) && SELF_FITS[kind](all.get(c) as Division))
      if (!inside) bump(score, paper.code, at <= headline.length)
    }
  }

  // The paper's own province beside a place inside it says nothing the place does not: everything a local paper reports
  // lies there, and its mentions are mostly of the province as an authority or in a name (浙江省重点工程, 浙江某某博览馆).
  // A place filter on the province still finds the story through the place.
  const home = paper && !isProvinceCode(paper.code) ? provinceOf(paper.code) : undefined
  const codes = [...score.keys()]
  const tagged = codes.filter((code) => code !== home || !codes.some((c) => c !== code && isWithin(c, code))).map((code) => all.get(code) as Division)
  if (!tagged.length) return []
  const main = [...tagged].sort((a, b) => (score.get(b.code) ?? 0) - (score.get(a.code) ?? 0) || SPECIFICITY[b.level] - SPECIFICITY[a.level])[0]
  return tagged
    .sort((a, b) => SPECIFICITY[b.level] - SPECIFICITY[a.level] || (score.get(b.code) ?? 0) - (score.get(a.code) ?? 0))
    .map((d) => ({ code: d.code, name: d.name, main: d === main ? true : undefined }))
}
