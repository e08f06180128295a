// Step 8: the places an article is about, from the gazetteer. Full names are
// trusted; short forms (开化, 湖镇) and names shared by several divisions
// (江南街道) need support from the article or the paper's own locality, and a
// place is left out rather than guessed.
import { type Division, isWithin, loadDivisions, type PlaceLevel, provinceOf } from './gazetteer'

export interface PlaceTag {
  code: string
  name: string
  main?: boolean
}

interface Form {
  form: string
  full: boolean
  candidates: Division[]
}

interface Index {
  byPrefix: Map<number, Form[]>
  initial: Uint8Array
  /** A presence filter over hashed two-character prefixes: most positions are rejected without a map lookup. */
  pairs: Uint8Array
}

const PAIR_BITS = 20
const pairSlot = (k: number) => (Math.imul(k, 0x9e3779b1) >>> (32 - PAIR_BITS))

let index: Index | undefined

const key = (s: string, i: number) => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1)

function buildIndex(): Index {
  const forms = new Map<string, Form>()
  for (const d of loadDivisions().values()) {
    for (const [form, full] of [[d.name, true], [d.short, false]] as const) {
      if ([...form].length < 2) continue
      // A string that is some division's full name is read as that, never as another's short form.
      const existing = forms.get(form)
      if (!existing) forms.set(form, { form, full, candidates: [d] })
      else if (existing.full === full) existing.candidates.push(d)
      else if (full) forms.set(form, { form, full, candidates: [d] })
    }
  }
  const built: Index = { byPrefix: new Map(), initial: new Uint8Array(0x10000), pairs: new Uint8Array(1 << PAIR_BITS) }
  for (const f of forms.values()) {
    const list = built.byPrefix.get(key(f.form, 0)) ?? []
    list.push(f)
    built.byPrefix.set(key(f.form, 0), list)
    built.initial[f.form.charCodeAt(0)] = 1
    built.pairs[pairSlot(key(f.form, 0))] = 1
  }
  // Longest first, so the scan can stop at the first form that matches.
  for (const list of built.byPrefix.values()) list.sort((a, b) => b.form.length - a.form.length)
  return built
}

export interface Mention {
  form: Form
  at: number
  inHeadline: boolean
}

/** Longest-match scan: 衢江区 is one mention, not 衢江区 plus 江区. */
export function findMentions(text: string, headlineLength = 0): Mention[] {
  index ??= buildIndex()
  const mentions: Mention[] = []
  for (let i = 0; i < text.length - 1; i++) {
    if (index.initial[text.charCodeAt(i)] === 0) continue
    const k = key(text, i)
    if (index.pairs[pairSlot(k)] === 0) continue
    const list = index.byPrefix.get(k)
    if (!list) continue
    const best = list.find((f) => text.startsWith(f.form, i))
    if (!best) continue
    mentions.push({ form: best, at: i, inHeadline: i < headlineLength })
    i += best.form.length - 1
  }
  return mentions
}

const BEFORE_PLACE = /[在到赴来于从至、和与及同往驻经]$/
const AFTER_PLACE = /^(?:[、，,。；;）)”的人籍境内外等]|各地|全境|一带|派出所|政府|党委|中学|小学|二中|一中|实验|医院|卫生院|中心|法院|检察院|公安|交警|供电|税务|景区|大道|村|社区)/

/** A short form standing where a place name stands: 在开化、 / 江山二中 / 湖镇派出所 — unlike 江山如画. */
function placeLikeContext(text: string, m: Mention): boolean {
  return BEFORE_PLACE.test(text.slice(Math.max(0, m.at - 1), m.at)) || AFTER_PLACE.test(text.slice(m.at + m.form.form.length, m.at + m.form.form.length + 3))
}

const SELF_REFERENCE: [RegExp, (d: Division) => boolean][] = [
  [/(?:我|本|全)市/g, (d) => d.level === 'city' || (d.level === 'county' && d.name.endsWith('市'))],
  [/(?:我|本|全)区/g, (d) => d.level === 'county' && d.name.endsWith('区')],
  [/(?:我|本|全)县/g, (d) => d.level === 'county' && d.name.endsWith('县')],
]

const SPECIFICITY: Record<PlaceLevel, number> = { province: 0, city: 1, county: 2, town: 3 }

export interface ArticleText {
  headline: string
  body: string
}

/**
 * Tags one article. `paperLocality` is the code of the paper's own place (我市/我区 resolve to it, and it settles
 * which of several same-named divisions is meant). Returns places most specific first; the one the article is mainly about has `main`.
 */
/** The text tagPlaces reads for an article: its headline, a line break, its body. */
export const articleText = ({ headline, body }: ArticleText): string => `${headline}\n${body}`

/** `mentions`, when given, are findMentions(articleText(article), headline.length + 1), found once by the caller. */
export function tagPlaces(article: ArticleText, paperLocality?: string, mentions?: Mention[]): PlaceTag[] {
  const all = loadDivisions()
  const { headline } = article
  const text = articleText(article)
  mentions ??= findMentions(text, headline.length + 1)
  const score = new Map<string, number>()
  const bump = (code: string, m: { inHeadline: boolean }) => score.set(code, (score.get(code) ?? 0) + (m.inHeadline ? 3 : 1))

  const paper = paperLocality ? all.get(paperLocality) : undefined
  if (paper) {
    for (const [re, fits] of SELF_REFERENCE) {
      if (!fits(paper)) continue
      for (const m of text.matchAll(re)) bump(paper.code, { inHeadline: (m.index ?? 0) <= headline.length })
    }
  }
  // Anchors: places named in full with a single reading. They, and the paper's locality, settle the ambiguous ones.
  const anchors = new Set(mentions.filter((m) => m.form.full && m.form.candidates.length === 1).map((m) => m.form.candidates[0]?.code as string))
  const context = [...anchors, ...(paper ? [paper.code] : [])]
  const fullyNamed = new Set(mentions.filter((m) => m.form.full).flatMap((m) => m.form.candidates.map((c) => c.code)))
  const shortCounts = new Map<Form, number>()
  for (const m of mentions) if (!m.form.full) shortCounts.set(m.form, (shortCounts.get(m.form) ?? 0) + 1)

  for (const m of mentions) {
    const { candidates } = m.form
    let place: Division | undefined
    if (candidates.length === 1) place = candidates[0]
    else {
      // The reading that lies within a place named in this article, else within the paper's own area.
      const inArticle = candidates.filter((c) => [...anchors].some((a) => a !== c.code && isWithin(c.code, a)))
      const within = (area: string | undefined) => (area ? candidates.filter((c) => isWithin(c.code, area)) : [])
      // Nearest first: the paper's own area, then the city around it.
      const inPaper = within(paper?.code)
      const pick = inArticle.length ? inArticle : inPaper.length ? inPaper : within(paper?.parent)
      if (pick.length === 1) place = pick[0]
    }
    if (!place) continue
    if (!m.form.full) {
      // Short forms of far-away places are mostly ordinary words (阿里巴巴 is not 阿里地区): keep to the paper's province unless the article names the province.
      const province = provinceOf(place.code)
      const near = !paper || isWithin(paper.code, province) || anchors.has(province)
      const supported =
        near &&
        (
        fullyNamed.has(place.code) ||
        placeLikeContext(text, m) ||
          // Repeated, inside a place the article itself names (湖镇派出所 … 龙游县); the paper's locality alone is not enough.
          ((shortCounts.get(m.form) ?? 0) >= 2 && [...anchors].some((c) => c !== place.code && isWithin(place.code, c))))
      if (!supported) continue
      // A town's short form also needs its county in view: two-character town names are everyday words elsewhere.
      if (place.level === 'town' && !context.some((c) => isWithin(place.code, c) && c !== place.code)) continue
    }
    bump(place.code, m)
  }

  const tagged = [...score.keys()].map((code) => all.get(code) as Division)
  if (!tagged.length) return []
  const main = [...tagged].sort((a, b) => (score.get(b.code) ?? 0) - (score.get(a.code) ?? 0) || SPECIFICITY[b.level] - SPECIFICITY[a.level])[0]
  return tagged
    .sort((a, b) => SPECIFICITY[b.level] - SPECIFICITY[a.level] || (score.get(b.code) ?? 0) - (score.get(a.code) ?? 0))
    .map((d) => (d === main ? { code: d.code, name: d.name, main: true } : { code: d.code, name: d.name }))
}
