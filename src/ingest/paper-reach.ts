// How far a paper reaches: national papers (人民日报, an organ of the Party
// centre) and provincial ones (浙江日报, 中共浙江省委机关报) have no home county;
// a local paper's name, edition or organ line names its city or county.
import type { Division } from './gazetteer'
import { placeInName, provinceInName } from './locality'
import { findMentions } from './place-index'

export type PaperReach = { scope: 'national'; basis: string } | { scope: 'province' | 'local'; place: Division; basis: string }

/** Central papers named for the country or a walk of life rather than a place (中国青年报, 人民日报, 光明日报, 经济日报, 工人日报). */
const NATIONAL_NAME = /^(?:中国|中华|全国|人民|光明|经济|解放军|工人|农民|科技|法治)/
/** An organ line of the Party centre or the State Council (中共中央机关报, 中国共产党中央委员会机关报). */
const NATIONAL_ORGAN = /中央|国务院/
/** The first division with one reading an organ line names: 中共衢州市委机关报 → 衢州市, 中共浙江省委机关报 → 浙江省. */
function placeInOrgan(organ: string): Division | undefined {
  for (const m of findMentions(organ)) if (m.form.candidates.length === 1) return m.form.candidates[0]
  return undefined
}

/** What a paper's printed name, edition and organ line say about where it is at home; undefined when they say nothing. */
export function paperReach({ paper, edition, organ }: { paper?: string; edition?: string; organ?: string }): PaperReach | undefined {
  // The edition names the more specific place (嘉兴日报·平湖版 → 平湖市).
  const inEdition = placeInName(edition ?? '')
  if (inEdition) return { scope: 'local', place: inEdition, basis: `版名含“${inEdition.short}”` }
  // A central paper's name may read as a place's (光明日报 is no paper of 光明区): the name of a walk of life comes first.
  if (paper && NATIONAL_NAME.test(paper)) return { scope: 'national', basis: `${paper}为全国性报纸，不设所在地` }
  const local = placeInName(paper ?? '')
  if (local) return { scope: 'local', place: local, basis: `报名含“${local.short}”` }
  const province = provinceInName(paper ?? '')
  if (province) return { scope: 'province', place: province, basis: `报名含“${province.short}”，为省级报纸，不设县市` }
  if (organ && NATIONAL_ORGAN.test(organ)) return { scope: 'national', basis: `${organ}：全国性报纸，不设所在地` }
  const named = organ ? placeInOrgan(organ) : undefined
  if (named?.level === 'province') return { scope: 'province', place: named, basis: `${organ}：省级报纸，不设县市` }
  if (named && named.level !== 'town') return { scope: 'local', place: named, basis: `${organ}` }
  return undefined
}
