// A photo of a local event names no place in its caption: the paper's own
// photographer took it at home, so it is filed under the paper's place.
import type { Figure } from '../schema/bundle'
import { isWithin, loadDivisions } from './gazetteer'
import type { Mention } from './place-index'
import type { PlaceTag } from './places'

/** Agency and stock pictures (新华社, 视觉中国, 资料图) show events anywhere, not the paper's home. */
const NOT_OURS = /新华社|中新社|中新网|人民网|央视|视觉中国|东方IC|图虫|资料图|图片来源|网络图片/

/**
 * The paper's place for a photo whose caption names no place but the paper's own, when the paper is a city's or
 * county's (a provincial paper's photos are from anywhere in the province) and the picture is not an agency's.
 */
export function photoAtHome(figures: readonly Figure[], captions: string, mentions: readonly Mention[], paperLocality: string | undefined): PlaceTag[] {
  const home = paperLocality ? loadDivisions().get(paperLocality) : undefined
  if (!home || home.level === 'province') return []
  if (NOT_OURS.test(captions) || figures.some((f) => f.credit && NOT_OURS.test(f.credit))) return []
  // A name that could be another county or city (even one left untagged) means the picture may be from elsewhere; a
  // town's short form outside home is an everyday word (健康, 工人), since towns far away need their county in view.
  const elsewhere = ({ form }: Mention) =>
    !form.candidates.some((c) => isWithin(c.code, home.code)) && (form.full || form.candidates.some((c) => c.level !== 'town'))
  if (mentions.some(elsewhere)) return []
  return [{ code: home.code, name: home.name, main: true }]
}
