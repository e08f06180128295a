// 我市 / 本区 / 我县 / 我省: a paper speaking of its own place. One reading
// for the paper's locality and for each article's places.
import type { Division } from './gazetteer'

/** Not 市场 or 区域: 日本市场, 资本市场 and 本区域 hold 本市 and 本区 without meaning the paper's place. */
const SELF_REFERENCE = /([我本全])([市区县省])(?![场域])/g

export type SelfKind = '市' | '区' | '县' | '省'

/** Which divisions each kind can mean: 我市 a city or a county-level city, 我区 a district, 我县 a county, 我省 a province. */
export const SELF_FITS: Record<SelfKind, (d: Division) => boolean> = {
  市: (d) => d.level === 'city' || (d.level === 'county' && d.name.endsWith('市')),
  区: (d) => d.level === 'county' && d.name.endsWith('区'),
  县: (d) => d.level === 'county' && d.name.endsWith('县'),
  省: (d) => d.level === 'province',
}

/**
 * Each self-reference in the text: its kind, where it stands, and whether it is 全市/全县/全区 (`whole`): the whole of
 * whatever place the story is about, which national papers say too — so it never makes a paper local.
 */
export function* selfReferences(text: string): Generator<{ kind: SelfKind; at: number; whole: boolean }> {
  for (const m of text.matchAll(SELF_REFERENCE)) yield { kind: m[2] as SelfKind, at: m.index ?? 0, whole: m[1] === '全' }
}
