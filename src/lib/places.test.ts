import { describe, expect, it } from 'vitest'
import type { PlaceEntry } from '@/schema/bundle'
import {
  buildPlaceTree,
  childPlaces,
  countArticlesByPlace,
  descendantCodes,
  inPlace,
  mainlyInPlace,
  placeBreakdown,
  placeChain,
  placeCode,
  placeSearchParam,
} from './places'

const PLACES: PlaceEntry[] = [
  { code: '3308', name: '衢州市', level: 'city', parent: '33' },
  { code: '33', name: '浙江省', level: 'province' },
  { code: '330824', name: '开化县', level: 'county', parent: '3308' },
  { code: '330824117', name: '池淮镇', level: 'town', parent: '330824' },
  { code: '330824109', name: '齐溪镇', level: 'town', parent: '330824' },
  { code: '330802', name: '柯城区', level: 'county', parent: '3308' },
  { code: '3304', name: '嘉兴市', level: 'city', parent: '33' },
  { code: '4403', name: '深圳市', level: 'city', parent: '44' }, // parent not in the bundle
]
const tree = buildPlaceTree(PLACES)
const names = (places: readonly PlaceEntry[]) => places.map((p) => p.name)

describe('the place tree', () => {
  it('has the provinces (and places whose parent is missing) as roots, children in code order', () => {
    expect(names(childPlaces(tree))).toEqual(['浙江省', '深圳市'])
    expect(names(childPlaces(tree, '33'))).toEqual(['嘉兴市', '衢州市'])
    expect(names(childPlaces(tree, '3308'))).toEqual(['柯城区', '开化县'])
    expect(childPlaces(tree, '330824117')).toEqual([])
    expect(childPlaces(tree, 'nowhere')).toEqual([])
  })

  it('gives the chain from the province down to a place', () => {
    expect(names(placeChain(tree, '330824117'))).toEqual(['浙江省', '衢州市', '开化县', '池淮镇'])
    expect(names(placeChain(tree, '33'))).toEqual(['浙江省'])
    expect(names(placeChain(tree, '4403'))).toEqual(['深圳市'])
    expect(placeChain(tree, '999')).toEqual([])
  })

  it('does not loop on a cycle in bad data', () => {
    const cyclic = buildPlaceTree([
      { code: '11', name: '甲', level: 'city', parent: '12' },
      { code: '12', name: '乙', level: 'city', parent: '11' },
    ])
    expect(placeChain(cyclic, '11').length).toBeLessThanOrEqual(2)
    expect(descendantCodes(cyclic, '11')).toEqual(new Set(['11', '12']))
  })

  it('includes a place’s counties and towns in its descendants', () => {
    expect(descendantCodes(tree, '3308')).toEqual(new Set(['3308', '330802', '330824', '330824117', '330824109']))
    expect(descendantCodes(tree, '330824117')).toEqual(new Set(['330824117']))
    expect(descendantCodes(tree, '999').size).toBe(0)
  })
})

describe('counting articles by place', () => {
  const articles = [
    { places: ['330824117', '330824'] }, // 池淮镇, mentions 开化县
    { places: ['330824', '330824109'] },
    { places: ['330802'] },
    { places: ['3304'] },
    { places: [] },
    {},
    { places: ['999999'] }, // unknown to the tree: counted nowhere
  ]
  const counts = countArticlesByPlace(tree, articles)

  it('counts an article for its places and all their parents, once each', () => {
    expect(counts.get('330824117')).toBe(1)
    expect(counts.get('330824109')).toBe(1)
    expect(counts.get('330824')).toBe(2)
    expect(counts.get('330802')).toBe(1)
    expect(counts.get('3308')).toBe(3)
    expect(counts.get('3304')).toBe(1)
    expect(counts.get('33')).toBe(4)
    expect(counts.has('4403')).toBe(false)
    expect(counts.has('999999')).toBe(false)
  })

  it('agrees with filtering by descendants: a place’s count is the number of articles the filter keeps', () => {
    for (const code of tree.byCode.keys()) {
      const scope = descendantCodes(tree, code)
      expect(articles.filter((a) => inPlace(a.places, scope)).length).toBe(counts.get(code) ?? 0)
    }
  })

  it('tells articles mainly about a place from those that mention it', () => {
    const kaihua = descendantCodes(tree, '330824')
    expect(mainlyInPlace(['330824117', '330824'], kaihua)).toBe(true)
    expect(mainlyInPlace(['330802', '330824'], kaihua)).toBe(false)
    expect(inPlace(['330802', '330824'], kaihua)).toBe(true)
    expect(mainlyInPlace(undefined, kaihua)).toBe(false)
  })
})

describe('the breakdown of a selection', () => {
  const counts = countArticlesByPlace(tree, [{ places: ['330824117'] }, { places: ['330824'] }, { places: ['330802'] }, { places: ['3304'] }])
  const rows = (selected?: string) => placeBreakdown(tree, counts, selected).map((r) => `${r.place.name}${r.count}`)

  it('splits a place into its sub-places with articles, largest first', () => {
    expect(rows('3308')).toEqual(['开化县2', '柯城区1'])
    expect(rows('330824')).toEqual(['池淮镇1'])
    expect(rows('330824117')).toEqual([])
  })

  it('splits the whole selection by county', () => {
    expect(rows()).toEqual(['开化县2', '柯城区1'])
  })

  it('falls back to the top level when no article names a county', () => {
    expect(placeBreakdown(tree, countArticlesByPlace(tree, [{ places: ['3304'] }])).map((r) => r.place.name)).toEqual(['浙江省'])
  })
})

describe('the place search param', () => {
  const parse = (value: unknown) => placeSearchParam.parse(value)

  it('keeps a division code, as the number the router writes bare', () => {
    expect(parse(3308)).toBe(3308)
    expect(parse('330824117')).toBe(330824117)
    expect(placeCode(tree, parse(3308))).toBe('3308')
  })

  it('drops anything that is not a code', () => {
    for (const bad of ['abc', '<b>', '0330', -33, 3.5, '', { a: 1 }, ['33'], '1'.repeat(20), undefined]) expect(parse(bad)).toBeUndefined()
  })

  it('names no place for a code the bundle does not use', () => {
    expect(placeCode(tree, 110101)).toBeUndefined()
    expect(placeCode(tree, undefined)).toBeUndefined()
  })
})
