// A nameplate printed only in Latin letters (JIAXING DAILY) names the paper by
// the pinyin of its city: match it against the gazetteer's pinyin, so any
// city's paper is recognised without a list of papers.
import { pinyin } from 'pinyin-pro'
import { type GazetteerPlace, loadGazetteer } from './locality'

/** English words for the kind of paper → the Chinese suffix. Longest first. */
const KINDS: [RegExp, string][] = [
  [/\bEVENING\s+(?:NEWS|POST)\b|\bEVENING\b/, '晚报'],
  [/\bDAILY(?:\s+NEWS)?\b/, '日报'],
  [/\bMETRO(?:POLIS)?(?:\s+(?:NEWS|DAILY))?\b/, '都市报'],
  [/\bTIMES\b/, '时报'],
  [/\bNEWS\b/, '报'],
]

let byPinyin: Map<string, GazetteerPlace> | undefined

function pinyinIndex(): Map<string, GazetteerPlace> {
  if (byPinyin) return byPinyin
  byPinyin = new Map()
  // Cities before counties, so a city and a county spelled alike resolve to the city (the usual owner of a daily).
  const places = [...loadGazetteer()].sort((a, b) => (a.level === b.level ? 0 : a.level === 'city' ? -1 : 1))
  for (const place of places) {
    const key = pinyin(place.short, { toneType: 'none', type: 'array' }).join('').toUpperCase()
    if (!byPinyin.has(key)) byPinyin.set(key, place)
  }
  return byPinyin
}

/** JIAXING DAILY → { paper: 嘉兴日报, place: 嘉兴市 }; undefined when the letters name no known place. */
export function paperFromLatinName(latin: string): { paper: string; place: GazetteerPlace } | undefined {
  const upper = latin.toUpperCase().replace(/[^A-Z\s]/g, ' ')
  const kind = KINDS.find(([re]) => re.test(upper))
  if (!kind) return undefined
  const stem = upper.replace(kind[0], ' ').replace(/\s+/g, '')
  const place = stem ? pinyinIndex().get(stem) : undefined
  return place ? { paper: `${place.short}${kind[1]}`, place } : undefined
}
