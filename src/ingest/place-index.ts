// The gazetteer's names, full and short, in a table the page text is scanned
// against once, longest match first: what every place rule reads.
import { type Division, isGenericName, loadDivisions, provinceOf, shortFormIsWord } from './gazetteer'
import { UnitBuffer } from './text'

export interface Form {
  form: string
  full: boolean
  candidates: Division[]
  /** The form's third UTF-16 unit (-1 when it has two): checked before comparing the whole form. */
  third: number
  /** The one city or county it names, if any (新区 names several): what a paper's locality is inferred from. */
  area: Division | undefined
  /** Candidates by province code, for forms with several readings (新城 names towns all over the country): see provincesOf. */
  byProvince: Map<string, Division[]> | undefined
  /** Candidates within an area, by the area's code: asked again for every article that names the area. */
  inArea: Map<string, Division[]> | undefined
  /** Candidates within the areas of the page last asked about (`page`, compared by identity): worked out once a page. */
  page: readonly string[] | undefined
  inPage: Division[]
  /**
   * Scratch for tagPlaces, valid while `article` equals the number of the article being tagged: short mentions
   * counted so far, and what the form reads as there. On the form itself, so the many mentions need no map lookups.
   */
  article: number
  shortCount: number
  /** Whether `place` and `settled` are worked out for this article yet. */
  read: boolean
  /** What the form reads as in the article (undefined: nothing, it is left out). */
  place: Division | undefined
  /** Short forms only: accepted without looking at the context of each mention. */
  settled: boolean
  /** Short forms only: repeated within a place the article names, so one mention standing as a place carries the rest. */
  repeated: boolean
  /** Short forms only: a mention in this article stood where a place name stands. */
  shown: boolean
  /** Short forms only: the paper's own place or the city around it, which a phrase may end on (建设“健康柯城”). */
  home: boolean
  /** Mentions in this article that name a landform or sight (水东湾) or do not stand as the name (港口区位). */
  features: number
  /** Short forms only: mentions in this article that stand where a place name stands. */
  likes: number
}

/** Shared by every new form: `inPage` is replaced, never added to. */
const NO_DIVISIONS: Division[] = []
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff

function newForm(name: string, full: boolean, d: Division): Form {
  return { form: name, full, candidates: [d], third: name.length > 2 ? name.charCodeAt(2) : -1, area: undefined, byProvince: undefined, inArea: undefined, page: undefined, inPage: NO_DIVISIONS, article: 0, shortCount: 0, read: false, place: undefined, settled: false, repeated: false, shown: false, home: false, features: 0, likes: 0 }
}

/**
 * Forms by their first two characters, in an open-addressing hash table over typed arrays: most text positions are
 * rejected by one bit of a small filter, the rest mostly by one empty slot, without a Map lookup or allocation.
 */
interface Index {
  /** One bit per hashed two-unit start: 32 KB, so it stays in the fastest cache, and most positions stop here. */
  pairBits: Int32Array
  /**
   * Slot s holds a two-character key (first unit << 16 | second unit) at 2s, 0 when empty, and its group of forms at
   * 2s + 1: side by side, so a probe reads one cache line.
   */
  slots: Int32Array
  shift: number
  mask: number
  /** Forms grouped by their two-character start, each group longest first, so the scan stops at the first that matches. */
  forms: Form[]
  /** Each form's third unit, laid out like `forms`: the scan reads these contiguous numbers, not the scattered Form objects. */
  thirds: Int32Array
  /** Group i is forms[starts[i], starts[i + 1]). */
  starts: Int32Array
}

const pairKey = (s: string, i: number) => (s.charCodeAt(i) << 16) | s.charCodeAt(i + 1)
const slotOf = (k: number, shift: number) => Math.imul(k, 0x9e3779b1) >>> shift
const PAIR_FILTER_BITS = 18
const pairBit = (k: number) => Math.imul(k, 0x85ebca6b) >>> (32 - PAIR_FILTER_BITS)

let index: Index | undefined

function buildIndex(): Index {
  const forms = new Map<string, Form>()
  const all = loadDivisions()
  const add = (name: string, full: boolean, d: Division) => {
    // One character (one code point, maybe a surrogate pair) names nothing.
    if (name.length < 2 || (name.length === 2 && isHighSurrogate(name.charCodeAt(0)))) return
    // A string that is some division's full name is read as that, never as another's short form.
    const existing = forms.get(name)
    if (!existing || (existing.full !== full && full)) forms.set(name, newForm(name, full, d))
    // A short form a province goes by names the province (河南 is not 河南蒙古族自治县, 海南 not 海南藏族自治州); provinces come first.
    else if (existing.full === full && !(existing.candidates[0]?.level === 'province' && !full)) existing.candidates.push(d)
  }
  for (const d of all.values()) {
    // 阳泉矿区 and 阳泉市矿区 name a division; 矿区 alone is a word. A two-character name (范县, 新县, 口镇) is read like a
    // short form, needing a place-like context: 示范县, 新县城 and 代县长 hold one without naming it.
    if (isGenericName(d)) {
      const parent = d.parent ? all.get(d.parent) : undefined
      if (!parent) continue
      add(parent.name + d.name, true, d)
      if (parent.short !== parent.name) add(parent.short + d.name, true, d)
    } else if (d.short === d.name) add(d.name, d.name.length > 2, d)
    else {
      add(d.name, true, d)
      if (!shortFormIsWord(d)) add(d.short, false, d)
    }
  }
  const byPair = new Map<number, Form[]>()
  for (const f of forms.values()) {
    let area: Division | undefined
    let areas = 0
    for (const d of f.candidates) {
      if (d.level !== 'city' && d.level !== 'county') continue
      area = d
      areas++
    }
    f.area = areas === 1 ? area : undefined
    const k = pairKey(f.form, 0)
    const list = byPair.get(k)
    if (list) list.push(f)
    else byPair.set(k, [f])
  }
  // Half full at most: an absent pair usually meets an empty slot at once, and the table stays small enough to cache.
  const bits = Math.max(4, Math.ceil(Math.log2(byPair.size * 2)))
  const built: Index = {
    pairBits: new Int32Array(1 << (PAIR_FILTER_BITS - 5)),
    slots: new Int32Array(2 << bits),
    shift: 32 - bits,
    mask: (1 << bits) - 1,
    forms: [],
    thirds: new Int32Array(forms.size),
    starts: new Int32Array(byPair.size + 1),
  }
  let group = 0
  for (const [k, list] of byPair) {
    list.sort((a, b) => b.form.length - a.form.length)
    let slot = slotOf(k, built.shift)
    while (built.slots[2 * slot] !== 0) slot = (slot + 1) & built.mask
    built.slots[2 * slot] = k
    built.slots[2 * slot + 1] = group
    built.starts[group] = built.forms.length
    for (const f of list) built.thirds[built.forms.push(f) - 1] = f.third
    built.starts[++group] = built.forms.length
    const bit = pairBit(k)
    built.pairBits[bit >>> 5] |= 1 << (bit & 31)
  }
  return built
}

/**
 * A form's candidates by province code, undefined for a form of one reading; made the first time a page asks, not for
 * all 8,000 forms of several readings at start-up (every process and worker builds the index).
 */
export function provincesOf(f: Form): Map<string, Division[]> | undefined {
  if (f.byProvince || f.candidates.length < 2) return f.byProvince
  f.byProvince = new Map()
  for (const d of f.candidates) {
    const list = f.byProvince.get(provinceOf(d.code))
    if (list) list.push(d)
    else f.byProvince.set(provinceOf(d.code), [d])
  }
  return f.byProvince
}

export interface Mention {
  form: Form
  at: number
  inHeadline: boolean
}

/** Does `form` stand at text[at…]? Its first three units are already known to match. */
function matchesFrom(text: string, at: number, form: string): boolean {
  if (at + form.length > text.length) return false
  for (let n = 3; n < form.length; n++) if (text.charCodeAt(at + n) !== form.charCodeAt(n)) return false
  return true
}

const scanUnits = new UnitBuffer()

/** Longest-match scan: 衢江区 is one mention, not 衢江区 plus 江区. */
export function findMentions(text: string, headlineLength = 0): Mention[] {
  index ??= buildIndex()
  const { pairBits, slots, shift, mask, forms, thirds, starts } = index
  const mentions: Mention[] = []
  const units = scanUnits.fill(text)
  // Each unit is read once: `next` becomes the next position's first unit.
  for (let i = 0, last = text.length - 1, next = units[0] as number; i < last; i++) {
    const k = (next << 16) | (next = units[i + 1] as number)
    const bit = pairBit(k)
    if ((pairBits[bit >>> 5] & (1 << (bit & 31))) === 0) continue
    let slot = slotOf(k, shift)
    let found = -1
    for (let stored = slots[2 * slot]; stored !== 0; stored = slots[2 * slot]) {
      if (stored === k) {
        found = slots[2 * slot + 1]
        break
      }
      slot = (slot + 1) & mask
    }
    if (found < 0) continue
    const third = i + 2 < text.length ? (units[i + 2] as number) : -2
    let best: Form | undefined
    for (let j = starts[found], end = starts[found + 1]; j < end; j++) {
      const t = thirds[j]
      if (t === -1 || (t === third && matchesFrom(text, i, forms[j].form))) {
        best = forms[j]
        break
      }
    }
    if (!best) continue
    mentions.push({ form: best, at: i, inHeadline: i < headlineLength })
    i += best.form.length - 1
    next = units[i + 1] as number
  }
  return mentions
}
