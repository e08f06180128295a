// Paper locality inference from the gazetteer's city and county levels: the
// place a paper calls 我市/我区, or the one its pages keep naming.
import { type Division, loadDivisions } from './gazetteer'
import { namesFeature, placeLikeContext } from './place-context'
import type { Mention } from './place-index'
import { SELF_FITS, type SelfKind, selfReferences } from './self-reference'

/** Cities and counties: the levels a paper's own locality is at. */
export type GazetteerPlace = Division

let cache: GazetteerPlace[] | undefined

export function loadGazetteer(): GazetteerPlace[] {
  cache ??= [...loadDivisions().values()].filter((d) => d.level === 'city' || d.level === 'county')
  return cache
}

export interface FoundText {
  text: string
  mentions: Mention[]
}

/**
 * Places named, by division: cities, counties and provinces by full or short name, and towns named in full with one
 * reading, counted for the county or city they lie in (a page naming one city's streets is naming that city).
 * `strict` counts short forms only in a place-like context (资源 in 旅游资源 is no mention of 资源县).
 */
export function countMentions(found: FoundText[], strict = false): Map<GazetteerPlace, number> {
  const all = loadDivisions()
  const counts = new Map<GazetteerPlace, number>()
  for (const { text, mentions } of found) {
    for (let j = 0; j < mentions.length; j++) {
      const m = mentions[j] as Mention
      const { form } = m
      const only = form.candidates.length === 1 ? form.candidates[0] : undefined
      const named = form.area ?? (only?.level === 'province' ? only : undefined)
      if (named) {
        if (form.full || !strict || (!namesFeature(text, m, named.level) && placeLikeContext(text, mentions, j, anyMention))) counts.set(named, (counts.get(named) ?? 0) + 1)
        continue
      }
      const parent = form.full && only?.level === 'town' && only.parent ? all.get(only.parent) : undefined
      if (parent && parent.level !== 'province') counts.set(parent, (counts.get(parent) ?? 0) + 1)
    }
  }
  return counts
}

/** Whether a neighbour holds the place is not asked in counting: any place beside a short form makes it a name. */
const anyMention = () => ''

/**
 * Does the page name the place in full (衢州市, not only 衢州), or a town in it? A paper's home is spelt out somewhere on
 * its pages; a bare name a page keeps repeating is as often a word (运河, 工农) or a story's setting (杭州亚运会).
 */
function namedInFull(found: FoundText[], place: GazetteerPlace): boolean {
  return found.some(({ mentions }) => mentions.some(({ form }) => form.full && form.candidates.some((c) => c.code === place.code || c.parent === place.code)))
}

export interface LocalityGuess {
  place: GazetteerPlace
  basis: string
}

const CUES: [SelfKind, string][] = [
  ['区', '“我区”'],
  ['县', '“我县”'],
  ['市', '“我市”'],
]

/**
 * The paper's locality: 我区 in running text means a district, 我县 a county, 我市 a city or county-level city;
 * the most-mentioned place of that kind wins. A page saying 我省 more often than all of those is a provincial paper's:
 * its locality is the province it names most, never a county. Without a cue, a city or county standing as a place at
 * least three times and twice as often as any other, in two stories or more, and named in full at least once (short
 * forms only where they stand as names: a national paper's page about 旅游资源 has no home in 资源县).
 */
export function inferLocality(text: string, found: FoundText[]): LocalityGuess | undefined {
  const counts = [...countMentions(found)].sort((a, b) => b[1] - a[1])
  if (!counts.length) return undefined
  const used = new Map<SelfKind, number>()
  for (const { kind, whole } of selfReferences(text)) if (!whole) used.set(kind, (used.get(kind) ?? 0) + 1)
  const local = CUES.reduce((n, [kind]) => n + (used.get(kind) ?? 0), 0)
  if ((used.get('省') ?? 0) > local) {
    const province = counts.find(([p]) => p.level === 'province')
    return province && { place: province[0], basis: `文中称“我省”多于“我市”“我县”“我区”，且${province[0].name}被提及 ${province[1]} 次` }
  }
  for (const [cue, label] of CUES) {
    if (!used.has(cue)) continue
    const hit = counts.find(([p, n]) => SELF_FITS[cue](p) && n >= 2)
    if (hit) return { place: hit[0], basis: `文中称${label}，且${hit[0].name}被提及 ${hit[1]} 次` }
  }
  // A home is what a page keeps naming across its stories; one story's subject (a national paper's report from a
  // county) is not the paper's home.
  const total = new Map<GazetteerPlace, number>()
  const stories = new Map<GazetteerPlace, number>()
  for (const story of found) {
    for (const [p, n] of countMentions([story], true)) {
      total.set(p, (total.get(p) ?? 0) + n)
      stories.set(p, (stories.get(p) ?? 0) + 1)
    }
  }
  const [first, second] = [...total].filter(([p]) => p.level !== 'province').sort((a, b) => b[1] - a[1])
  if (first && first[1] >= 3 && (!second || first[1] >= 2 * second[1]) && (stories.get(first[0]) ?? 0) >= 2 && namedInFull(found, first[0])) {
    return { place: first[0], basis: `文中${first[0].name}被提及 ${first[1]} 次，见于 ${stories.get(first[0])} 篇稿件` }
  }
  return undefined
}

let byName: Map<string, GazetteerPlace> | undefined

/** A place named by a printed paper name or edition (衢州日报 → 衢州市, 平湖版 → 平湖市). */
export function placeInName(name: string): GazetteerPlace | undefined {
  if (!byName) {
    byName = new Map()
    // Full names first, so a short form never shadows a place's own full name; the first place listed wins a shared name.
    for (const p of loadGazetteer()) if (!byName.has(p.name)) byName.set(p.name, p)
    for (const p of loadGazetteer()) if (!byName.has(p.short)) byName.set(p.short, p)
  }
  return byName.get(name.replace(PAPER_SUFFIX, ''))
}

const PAPER_SUFFIX = /(?:日报|晚报|时报|都市报|商报|周报|报|版)$/
let provinces: Map<string, Division> | undefined

/** A province named by a paper's name (浙江日报, 广西日报) or given as a locality (浙江省). */
export function provinceInName(name: string): Division | undefined {
  if (!provinces) {
    provinces = new Map()
    for (const d of loadDivisions().values()) if (d.level === 'province') provinces.set(d.name, d).set(d.short, d)
  }
  return provinces.get(name.replace(PAPER_SUFFIX, ''))
}

/** A locality as written (永康市, 浙江省): the division it names. */
export const placeNamed = (name: string): Division | undefined => placeInName(name) ?? provinceInName(name)
