// Paper locality inference from the gazetteer's city and county levels: the
// place a paper calls 我市/我区, or the one its pages keep naming.
import { type Division, loadDivisions } from './gazetteer'
import { findMentions, type Mention } from './places'

/** Cities and counties: the levels a paper's own locality is at. */
export type GazetteerPlace = Division

let cache: GazetteerPlace[] | undefined

export function loadGazetteer(): GazetteerPlace[] {
  cache ??= [...loadDivisions().values()].filter((d) => d.level === 'city' || d.level === 'county')
  return cache
}

/** Mentions of cities and counties (full or short form) in one longest-match pass over the text (or in mentions already found). */
export function countMentions(text: string, mentions: Mention[] = findMentions(text)): Map<GazetteerPlace, number> {
  const counts = new Map<GazetteerPlace, number>()
  for (const m of mentions) {
    const place = m.form.area
    if (place) counts.set(place, (counts.get(place) ?? 0) + 1)
  }
  return counts
}

const SELF_CUE = /[我本全]([区县市])/g

export interface LocalityGuess {
  place: GazetteerPlace
  basis: string
}

/**
 * The paper's locality: 我区 in running text means a district, 我县 a county, 我市 a city or county-level city;
 * the most-mentioned place of that kind wins. Without such a cue, a place mentioned at least three times and twice as often as any other.
 */
export function inferLocality(text: string, mentions?: Mention[]): LocalityGuess | undefined {
  const counts = [...countMentions(text, mentions)].sort((a, b) => b[1] - a[1])
  if (!counts.length) return undefined
  // Which of 我区 / 我县 / 我市 the text uses, in one pass.
  const used = new Set<string>()
  for (const m of text.matchAll(SELF_CUE)) {
    used.add(m[1] as string)
    if (used.size === 3) break
  }
  const cues: [string, (p: GazetteerPlace) => boolean, string][] = [
    ['区', (p) => /区$/.test(p.name) && p.level === 'county', '“我区”'],
    ['县', (p) => /县$/.test(p.name), '“我县”'],
    ['市', (p) => /市$/.test(p.name), '“我市”'],
  ]
  for (const [cue, fits, label] of cues) {
    if (!used.has(cue)) continue
    const hit = counts.find(([p, n]) => fits(p) && n >= 2)
    if (hit) return { place: hit[0], basis: `文中称${label}，且${hit[0].name}被提及 ${hit[1]} 次` }
  }
  const [first, second] = counts
  if (first && first[1] >= 3 && (!second || first[1] >= 2 * second[1])) {
    return { place: first[0], basis: `文中${first[0].name}被提及 ${first[1]} 次` }
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
  return byName.get(name.replace(/(?:日报|晚报|时报|都市报|商报|周报|报|版)$/, ''))
}
