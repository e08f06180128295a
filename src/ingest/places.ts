// Step 8: the places an article is about, from the gazetteer. Full names are
// trusted; short forms (开化, 湖镇) and names shared by several divisions
// (江南街道) need support from the article or the paper's own locality, and a
// place is left out rather than guessed.
import { type Division, isGenericName, isProvinceCode, isWithin, loadDivisions, type PlaceLevel, provinceOf, shortFormIsWord } from './gazetteer'
import { closesPhrase, placeLikeContext } from './place-context'
import { SELF_FITS, type SelfKind, selfReferences } from './self-reference'
import { UnitBuffer } from './text'

export interface PlaceTag {
  code: string
  name: string
  main?: boolean
}

interface Form {
  form: string
  full: boolean
  candidates: Division[]
  /** The form's third UTF-16 unit (-1 when it has two): checked before comparing the whole form. */
  third: number
  /** The one city or county it names, if any (新区 names several): what a paper's locality is inferred from. */
  area: Division | undefined
  /** Candidates by province code, for forms with several readings (新城 names towns all over the country). */
  byProvince: Map<string, Division[]> | undefined
  /** Candidates within an area, by the area's code: asked again for every article that names the area. */
  inArea: Map<string, Division[]> | undefined
  /**
   * Scratch for tagPlaces, valid while `article` equals the number of the article being tagged: short mentions
   * counted so far, and what the form reads as there. On the form itself, so the many mentions need no map lookups.
   */
  article: number
  shortCount: number
  /** Whether `place` and `settled` are worked out for this article yet. */
  read: boolean
  /** What the form reads as in the article (undefined: nothing, it is left out). */
  place: Division | undefined
  /** Short forms only: accepted without looking at the context of each mention. */
  settled: boolean
  /** Short forms only: repeated within a place the article names, so one mention standing as a place carries the rest. */
  repeated: boolean
  /** Short forms only: a mention in this article stood where a place name stands. */
  shown: boolean
  /** Short forms only: the paper's own place or the city around it, which a phrase may end on (建设“健康柯城”). */
  home: boolean
}

function newForm(name: string, full: boolean, d: Division): Form {
  return { form: name, full, candidates: [d], third: name.length > 2 ? name.charCodeAt(2) : -1, area: undefined, byProvince: undefined, inArea: undefined, article: 0, shortCount: 0, read: false, place: undefined, settled: false, repeated: false, shown: false, home: false }
}

/**
 * Forms by their first two characters, in an open-addressing hash table over typed arrays: most text positions are
 * rejected by one bit of a small filter, the rest mostly by one empty slot, without a Map lookup or allocation.
 */
interface Index {
  /** One bit per hashed two-unit start: 32 KB, so it stays in the fastest cache, and most positions stop here. */
  pairBits: Int32Array
  /**
   * Slot s holds a two-character key (first unit << 16 | second unit) at 2s, 0 when empty, and its group of forms at
   * 2s + 1: side by side, so a probe reads one cache line.
   */
  slots: Int32Array
  shift: number
  mask: number
  /** Forms grouped by their two-character start, each group longest first, so the scan stops at the first that matches. */
  forms: Form[]
  /** Each form's third unit, laid out like `forms`: the scan reads these contiguous numbers, not the scattered Form objects. */
  thirds: Int32Array
  /** Group i is forms[starts[i], starts[i + 1]). */
  starts: Int32Array
}

const pairKey = (s: string, i: number) => (s.charCodeAt(i) << 16) | s.charCodeAt(i + 1)
const slotOf = (k: number, shift: number) => Math.imul(k, 0x9e3779b1) >>> shift
const PAIR_FILTER_BITS = 18
const pairBit = (k: number) => Math.imul(k, 0x85ebca6b) >>> (32 - PAIR_FILTER_BITS)

let index: Index | undefined

function buildIndex(): Index {
  const forms = new Map<string, Form>()
  const all = loadDivisions()
  for (const d of all.values()) {
    const parent = d.parent ? all.get(d.parent) : undefined
    // 阳泉矿区 and 阳泉市矿区 name a division; 矿区 alone is a word. A two-character name (范县, 新县, 口镇) is read like a
    // short form, needing a place-like context: 示范县, 新县城 and 代县长 hold one without naming it.
    const names: (readonly [string, boolean])[] = isGenericName(d)
      ? parent ? [...new Set([parent.name + d.name, parent.short + d.name])].map((n) => [n, true] as const) : []
      : d.short === d.name ? [[d.name, d.name.length > 2]] : shortFormIsWord(d) ? [[d.name, true]] : [[d.name, true], [d.short, false]]
    for (const [name, full] of names) {
      if ([...name].length < 2) continue
      // A string that is some division's full name is read as that, never as another's short form.
      const existing = forms.get(name)
      if (!existing || (existing.full !== full && full)) forms.set(name, newForm(name, full, d))
      // A short form a province goes by names the province (河南 is not 河南蒙古族自治县, 海南 not 海南藏族自治州); provinces come first.
      else if (existing.full === full && !(existing.candidates[0]?.level === 'province' && !full)) existing.candidates.push(d)
    }
  }
  const byPair = new Map<number, Form[]>()
  for (const f of forms.values()) {
    const areas = f.candidates.filter((d) => d.level === 'city' || d.level === 'county')
    f.area = areas.length === 1 ? areas[0] : undefined
    if (f.candidates.length > 1) {
      f.byProvince = new Map()
      for (const d of f.candidates) {
        const list = f.byProvince.get(provinceOf(d.code))
        if (list) list.push(d)
        else f.byProvince.set(provinceOf(d.code), [d])
      }
    }
    const k = pairKey(f.form, 0)
    const list = byPair.get(k)
    if (list) list.push(f)
    else byPair.set(k, [f])
  }
  // Half full at most: an absent pair usually meets an empty slot at once, and the table stays small enough to cache.
  const bits = Math.max(4, Math.ceil(Math.log2(byPair.size * 2)))
  const built: Index = {
    pairBits: new Int32Array(1 << (PAIR_FILTER_BITS - 5)),
    slots: new Int32Array(2 << bits),
    shift: 32 - bits,
    mask: (1 << bits) - 1,
    forms: [],
    thirds: new Int32Array(forms.size),
    starts: new Int32Array(byPair.size + 1),
  }
  let group = 0
  for (const [k, list] of byPair) {
    list.sort((a, b) => b.form.length - a.form.length)
    let slot = slotOf(k, built.shift)
    while (built.slots[2 * slot] !== 0) slot = (slot + 1) & built.mask
    built.slots[2 * slot] = k
    built.slots[2 * slot + 1] = group
    built.starts[group] = built.forms.length
    for (const f of list) built.thirds[built.forms.push(f) - 1] = f.third
    built.starts[++group] = built.forms.length
    const bit = pairBit(k)
    built.pairBits[bit >>> 5] |= 1 << (bit & 31)
  }
  return built
}

export interface Mention {
  form: Form
  at: number
  inHeadline: boolean
}

/** Does `form` stand at text[at…]? Its first three units are already known to match. */
function matchesFrom(text: string, at: number, form: string): boolean {
  if (at + form.length > text.length) return false
  for (let n = 3; n < form.length; n++) if (text.charCodeAt(at + n) !== form.charCodeAt(n)) return false
  return true
}

const scanUnits = new UnitBuffer()

/** Longest-match scan: 衢江区 is one mention, not 衢江区 plus 江区. */
export function findMentions(text: string, headlineLength = 0): Mention[] {
  index ??= buildIndex()
  const { pairBits, slots, shift, mask, forms, thirds, starts } = index
  const mentions: Mention[] = []
  const units = scanUnits.fill(text)
  // Each unit is read once: `next` becomes the next position's first unit.
  for (let i = 0, last = text.length - 1, next = units[0] as number; i < last; i++) {
    const k = (next << 16) | (next = units[i + 1] as number)
    const bit = pairBit(k)
    if ((pairBits[bit >>> 5] & (1 << (bit & 31))) === 0) continue
    let slot = slotOf(k, shift)
    let found = -1
    for (let stored = slots[2 * slot]; stored !== 0; stored = slots[2 * slot]) {
      if (stored === k) {
        found = slots[2 * slot + 1]
        break
      }
      slot = (slot + 1) & mask
    }
    if (found < 0) continue
    const third = i + 2 < text.length ? (units[i + 2] as number) : -2
    let best: Form | undefined
    for (let j = starts[found], end = starts[found + 1]; j < end; j++) {
      const t = thirds[j]
      if (t === -1 || (t === third && matchesFrom(text, i, forms[j].form))) {
        best = forms[j]
        break
      }
    }
    if (!best) continue
    mentions.push({ form: best, at: i, inHeadline: i < headlineLength })
    i += best.form.length - 1
    next = units[i + 1] as number
  }
  return mentions
}

/** A form's candidates that lie within `area` (only those in its province need a look), remembered per form. */
function candidatesWithin(form: Form, area: string): Division[] {
  form.inArea ??= new Map()
  let found = form.inArea.get(area)
  if (!found) {
    found = (form.byProvince?.get(provinceOf(area)) ?? []).filter((c) => isWithin(c.code, area))
    form.inArea.set(area, found)
  }
  return found
}

const SPECIFICITY: Record<PlaceLevel, number> = { province: 0, city: 1, county: 2, town: 3 }

export interface ArticleText {
  headline: string
  body: string
}

/** The text tagPlaces reads for an article: its headline, a line break, its body. */
export const articleText = ({ headline, body }: ArticleText): string => `${headline}\n${body}`

/** Numbers the articles tagPlaces reads, for the scratch fields on each form. */
let articleCount = 0

/**
 * The cities and counties a page names unambiguously, directly or through a town or street in them: what settles a
 * name shared by several divisions (江南街道) in a story that does not say which — a page naming one city's streets is
 * that city's page.
 */
export function pageAreas(stories: readonly { mentions: readonly Mention[] }[]): string[] {
  const areas = new Set<string>()
  for (const { mentions } of stories) {
    for (const { form } of mentions) {
      const only = form.full && form.candidates.length === 1 ? form.candidates[0] : undefined
      if (only?.level === 'city' || only?.level === 'county') areas.add(only.code)
      else if (only?.level === 'town' && only.parent) areas.add(only.parent)
    }
  }
  return [...areas]
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
  const bump = (code: string, inHeadline: boolean) => score.set(code, (score.get(code) ?? 0) + (inHeadline ? 3 : 1))

  const paper = paperLocality ? all.get(paperLocality) : undefined
  let wholes: { kind: SelfKind; at: number }[] | undefined
  if (paper) {
    for (const ref of selfReferences(text)) {
      if (!SELF_FITS[ref.kind](paper)) continue
      if (ref.whole) (wholes ??= []).push(ref)
      else bump(paper.code, ref.at <= headline.length)
    }
  }
  // Anchors: places named in full with a single reading. They, and the paper's locality, settle the ambiguous ones.
  const anchors: string[] = []
  const fullyNamed = new Set<string>()
  for (const m of mentions) {
    const { form } = m
    if (form.article !== stamp) {
      form.article = stamp
      form.shortCount = 0
      form.read = false
    }
    if (!form.full) form.shortCount++
    else {
      for (const c of form.candidates) fullyNamed.add(c.code)
      const only = form.candidates.length === 1 ? form.candidates[0].code : undefined
      if (only !== undefined && !anchors.includes(only)) anchors.push(only)
    }
  }
  const context = paper ? [...anchors, paper.code] : anchors
  const within = (code: string, areas: string[]) => areas.some((a) => a !== code && isWithin(code, a))
  const province = paper ? provinceOf(paper.code) : undefined

  /** Works out what a form reads as in this article (its `place` and `settled`). */
  const read = (form: Form): void => {
    form.read = true
    form.place = undefined
    form.settled = false
    form.repeated = false
    form.shown = false
    form.home = false
    const { candidates } = form
    let place: Division | undefined
    if (candidates.length === 1) place = candidates[0]
    else {
      const inArea = (area: string | undefined) => (area ? candidatesWithin(form, area) : [])
      // The reading that lies within a place named in this article, else within the paper's own area.
      const inArticle = new Set(anchors.flatMap((a) => inArea(a).filter((c) => c.code !== a)))
      // Nearest first: the paper's own area, then the rest of the page (when it points at one reading), then the city around the paper.
      const inPaper = inArea(paper?.code)
      const inPage = inPaper.length || inArticle.size ? [] : [...new Set(onPage.flatMap((a) => inArea(a)))]
      const pick = inArticle.size ? [...inArticle] : inPaper.length ? inPaper : inPage.length ? inPage : inArea(paper?.parent)
      // Readings that nest (资源县 and its seat 资源镇) name the outer one.
      place = pick.find((outer) => pick.every((c) => isWithin(c.code, outer.code)))
    }
    if (!place || form.full) {
      form.place = place
      return
    }
    // Short forms of far-away places are mostly ordinary words (阿里巴巴 is not 阿里地区, 资源 not 资源县): keep to the
    // paper's province and those of places the article names in full (all a paper without a home place has to go on).
    // A province's own short form (河南, 浙江) is a name anywhere.
    const placeProvince = provinceOf(place.code)
    const near = place.level === 'province' || province === placeProvince || anchors.some((a) => provinceOf(a) === placeProvince)
    // A town's short form also needs its county or city in view (a province is too wide): two-character town names are
    // everyday words elsewhere (城中村, 建设人与自然, 在和平年代 in a provincial paper).
    if (!near || (place.level === 'town' && !within(place.code, context.filter((c) => !isProvinceCode(c))))) return
    form.place = place
    // Named in full elsewhere in the article: every mention counts. The paper's locality alone is not enough.
    form.settled = fullyNamed.has(place.code)
    form.home = paper !== undefined && (place.code === paper.code || place.code === paper.parent)
    form.repeated = form.shortCount >= 2 && within(place.code, anchors)
  }

  const isPlace = (k: number) => {
    const { form } = mentions[k] as Mention
    if (!form.read) read(form)
    return form.place !== undefined
  }
  // Mentions of a short form repeated inside a place the article names (湖镇派出所 … 龙游县 … 湖镇), counted once one of them stands as a place.
  let waiting: Mention[] | undefined
  mentions.forEach((m, j) => {
    const { form } = m
    if (!isPlace(j)) return
    if (!form.full && !form.settled) {
      if (placeLikeContext(text, mentions, j, isPlace) || (form.home && closesPhrase(text, m))) form.shown = true
      else {
        if (form.repeated) (waiting ??= []).push(m)
        return
      }
    }
    bump((form.place as Division).code, m.inHeadline)
  })
  for (const m of waiting ?? []) if (m.form.shown) bump((m.form.place as Division).code, m.inHeadline)
  // 全市 in a local paper is its own city, unless the story names a city of that kind inside it (a 衢州 story on 江山市).
  if (paper) {
    for (const { kind, at } of wholes ?? []) {
      const inside = [...score.keys()].some((c) => c !== paper.code && isWithin(c, paper.code) && SELF_FITS[kind](all.get(c) as Division))
      if (!inside) bump(paper.code, at <= headline.length)
    }
  }

  const tagged = [...score.keys()].map((code) => all.get(code) as Division)
  if (!tagged.length) return []
  const main = [...tagged].sort((a, b) => (score.get(b.code) ?? 0) - (score.get(a.code) ?? 0) || SPECIFICITY[b.level] - SPECIFICITY[a.level])[0]
  return tagged
    .sort((a, b) => SPECIFICITY[b.level] - SPECIFICITY[a.level] || (score.get(b.code) ?? 0) - (score.get(a.code) ?? 0))
    .map((d) => ({ code: d.code, name: d.name, main: d === main ? true : undefined }))
}
