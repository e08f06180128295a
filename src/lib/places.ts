// The place hierarchy the bundle uses (catalog.places), as a tree the app can
// walk: children, descendants, the chain from a province down, and how many
// articles each place covers, counting its sub-places. Pure: no React, no DOM.
import { z } from 'zod/mini'
import type { PlaceEntry } from '@/schema/bundle'

export interface PlaceTree {
  byCode: ReadonlyMap<string, PlaceEntry>
  /** Top-level places (provinces, or anything whose parent is not in the bundle), by code. */
  roots: readonly PlaceEntry[]
  /** Children by parent code, by code. */
  childrenOf: ReadonlyMap<string, readonly PlaceEntry[]>
}

/**
 * Code-unit order, for division codes and ISO dates, where it is the right order: without localeCompare, whose first call
 * builds a collator (tens of ms on a phone's CPU, in the first render of a view that sorts places).
 */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const byCodeOrder = (a: PlaceEntry, b: PlaceEntry) => compareCodeUnits(a.code, b.code)

export function buildPlaceTree(places: readonly PlaceEntry[]): PlaceTree {
  const byCode = new Map(places.map((p) => [p.code, p]))
  const roots: PlaceEntry[] = []
  const childrenOf = new Map<string, PlaceEntry[]>()
  for (const place of byCode.values()) {
    // A parent the bundle does not hold (or a place naming itself) makes it a root rather than an orphan.
    if (place.parent && place.parent !== place.code && byCode.has(place.parent)) {
      const siblings = childrenOf.get(place.parent) ?? []
      siblings.push(place)
      childrenOf.set(place.parent, siblings)
    } else {
      roots.push(place)
    }
  }
  for (const list of childrenOf.values()) list.sort(byCodeOrder)
  return { byCode, roots: roots.sort(byCodeOrder), childrenOf }
}

/** The places one level below `code`; the roots when `code` is undefined. */
export function childPlaces(tree: PlaceTree, code?: string): readonly PlaceEntry[] {
  return code === undefined ? tree.roots : (tree.childrenOf.get(code) ?? [])
}

/** From the top of the hierarchy down to `code` (浙江省, 衢州市, 开化县); empty for an unknown code. */
export function placeChain(tree: PlaceTree, code: string): PlaceEntry[] {
  const chain: PlaceEntry[] = []
  const seen = new Set<string>()
  for (let place = tree.byCode.get(code); place && !seen.has(place.code); place = place.parent ? tree.byCode.get(place.parent) : undefined) {
    seen.add(place.code)
    chain.unshift(place)
  }
  return chain
}

/** `code` and every place below it: choosing a city includes its counties and towns. */
export function descendantCodes(tree: PlaceTree, code: string): Set<string> {
  const found = new Set<string>()
  if (!tree.byCode.has(code)) return found
  const stack = [code]
  while (stack.length) {
    const next = stack.pop()!
    if (found.has(next)) continue
    found.add(next)
    for (const child of tree.childrenOf.get(next) ?? []) stack.push(child.code)
  }
  return found
}

/** The codes an article's places stand for: each place and all its parents (each once). */
function coveredCodes(tree: PlaceTree, codes: readonly string[]): Set<string> {
  const covered = new Set<string>()
  for (const code of codes) for (const place of placeChain(tree, code)) covered.add(place.code)
  return covered
}

/** Articles per place, counting the articles of its sub-places; an article tagged 开化县 and 池淮镇 counts once for 衢州市. */
export function countArticlesByPlace(tree: PlaceTree, articles: Iterable<{ places?: readonly string[] }>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const article of articles) {
    if (!article.places?.length) continue
    for (const code of coveredCodes(tree, article.places)) counts.set(code, (counts.get(code) ?? 0) + 1)
  }
  return counts
}

/** Whether any of an article's places is `scope` or lies within it; `scope` from descendantCodes. */
export function inPlace(articlePlaces: readonly string[] | undefined, scope: ReadonlySet<string>): boolean {
  return articlePlaces?.some((code) => scope.has(code)) ?? false
}

/** Whether the article is mainly about a place within `scope` (the catalog lists the main place first). */
export function mainlyInPlace(articlePlaces: readonly string[] | undefined, scope: ReadonlySet<string>): boolean {
  const main = articlePlaces?.[0]
  return main !== undefined && scope.has(main)
}

// Division codes are digits (33, 3308, 330824117). The router writes a number bare but quotes a
// digit string (?place=%223308%22), so the URL carries the code as a number; placeCode() turns it back.
const PLACE_CODE = /^[1-9]\d{1,11}$/

export function isPlaceCode(value: string): boolean {
  return PLACE_CODE.test(value)
}

/** The `place` search param: a division code, or undefined for anything else (a bad URL falls back to no filter). */
export const placeSearchParam = z.catch(
  z.optional(z.pipe(z.union([z.number(), z.string()]), z.transform((value: number | string) => (isPlaceCode(String(value)) ? Number(value) : undefined)))),
  undefined,
)

/** The code a `place` search value names, if the bundle knows it. */
export function placeCode(tree: PlaceTree, param: number | undefined): string | undefined {
  if (param === undefined) return undefined
  const code = String(param)
  return tree.byCode.has(code) ? code : undefined
}

export interface PlaceCount {
  place: PlaceEntry
  count: number
}

/**
 * What a chart of the selection breaks down into: the chosen place's sub-places, or with no
 * place chosen, every county (falling back to the top level when nothing is tagged that fine).
 * Places with no articles are left out; the largest come first.
 */
export function placeBreakdown(tree: PlaceTree, counts: ReadonlyMap<string, number>, selected?: string): PlaceCount[] {
  let places = childPlaces(tree, selected)
  if (selected === undefined) {
    const counties = [...tree.byCode.values()].filter((p) => p.level === 'county' && counts.has(p.code))
    if (counties.length) places = counties
  }
  return places
    .map((place) => ({ place, count: counts.get(place.code) ?? 0 }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count || byCodeOrder(a.place, b.place))
}

/** The items at `code` or any place below it (all of them when no place is chosen); `placesOf` reads an item's codes. */
export function filterByPlace<T>(tree: PlaceTree, items: readonly T[], code: string | undefined, placesOf: (item: T) => readonly string[] | undefined): T[] {
  if (code === undefined) return [...items]
  const scope = descendantCodes(tree, code)
  return items.filter((item) => inPlace(placesOf(item), scope))
}
