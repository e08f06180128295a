// An inverted index over one shard of the archive, Lucene CJK-bigram style:
// every pair of adjacent characters is a key (so are single characters, for
// one-character queries). Postings are per document, deduplicated, sorted.
// A query's keys give candidates; the exact substring check on the folded text
// decides. Works the same for Chinese, Latin, digits and punctuation, so a
// term like 5g网络 or 36.8% needs no special case.
import { normalize } from './normalize.ts'

/**
 * Dense small ids for characters, shared by all shards of an engine, so a
 * bigram key (id1 * 2^15 + id2) stays a small integer. Characters past the
 * 32,767th share the last id: their keys collide, which only widens the
 * candidate set — the exact check still decides.
 */
export class CharTable {
  private ids = new Uint16Array(65536)
  private next = 1

  id(code: number): number {
    let id = this.ids[code]!
    if (id === 0) {
      id = this.next < CHAR_LIMIT ? this.next++ : CHAR_LIMIT
      this.ids[code] = id
    }
    return id
  }

  /** The id of a character, or 0 when no indexed text ever had it. */
  peek(code: number): number {
    return this.ids[code]!
  }
}

const CHAR_LIMIT = 32767
const SHIFT = 32768

function isBreak(code: number): boolean {
  // Whitespace never occurs inside a term (quoted phrases are checked exactly).
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0x3000
}

/** Document numbers, ascending: 16 bits while a shard has fewer than 65,536 documents. */
export type Postings = Uint16Array | Uint32Array

export interface ShardIndex {
  /** Folded searchable text of each document: headline, newline, body. */
  texts: string[]
  /** Folded headline (kicker, title, subtitle) of each document, for ranking. */
  heads: string[]
  slots: Map<number, number>
  /** postings of slot s: postings[offsets[s] .. offsets[s + 1]] */
  offsets: Uint32Array
  postings: Postings
}

/** Indexes documents given as [headline, body] in original spelling. */
export function buildShardIndex(docs: readonly (readonly [string, string])[], chars: CharTable): ShardIndex {
  const texts: string[] = []
  const heads: string[] = []
  const slots = new Map<number, number>()
  const counts: number[] = []
  const lastDoc: number[] = []
  // Slots each document adds, doc by doc; turned into postings by a counting sort.
  let seq = new Uint32Array(1 << 16)
  let seqLen = 0
  const docEnds = new Uint32Array(docs.length)

  const add = (key: number, doc: number) => {
    let slot = slots.get(key)
    if (slot === undefined) {
      slot = counts.length
      slots.set(key, slot)
      counts.push(0)
      lastDoc.push(-1)
    }
    if (lastDoc[slot] === doc) return
    lastDoc[slot] = doc
    counts[slot]!++
    if (seqLen === seq.length) {
      const grown = new Uint32Array(seq.length * 2)
      grown.set(seq)
      seq = grown
    }
    seq[seqLen++] = slot
  }

  docs.forEach(([head, body], doc) => {
    const foldedHead = normalize(head)
    const text = `${foldedHead}\n${normalize(body)}`
    texts.push(text)
    heads.push(foldedHead)
    let prev = 0
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (isBreak(code)) {
        prev = 0
        continue
      }
      const id = chars.id(code)
      add(id, doc)
      if (prev) add(prev * SHIFT + id, doc)
      prev = id
    }
    docEnds[doc] = seqLen
  })

  const offsets = new Uint32Array(counts.length + 1)
  for (let s = 0; s < counts.length; s++) offsets[s + 1] = offsets[s]! + counts[s]!
  const fill = offsets.slice(0, counts.length)
  const postings = docs.length <= 0x10000 ? new Uint16Array(seqLen) : new Uint32Array(seqLen)
  let k = 0
  for (let doc = 0; doc < docs.length; doc++) {
    for (; k < docEnds[doc]!; k++) postings[fill[seq[k]!]!++] = doc
  }
  return { texts, heads, slots, offsets, postings }
}

interface TermKeys {
  keys: number[]
  /** The postings of the one key are exactly the documents containing the term (1 character, or 2 without a space). */
  exact: boolean
}

/** Keys that every document containing `term` (folded) must have; null when some key is absent everywhere. */
function termKeys(term: string, chars: CharTable): TermKeys | null {
  const keys: number[] = []
  let prev = 0
  let single = 0
  let breaks = false
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i)
    if (isBreak(code)) {
      prev = 0
      breaks = true
      continue
    }
    const id = chars.peek(code)
    if (id === 0) return null
    if (prev) keys.push(prev * SHIFT + id)
    else single = id
    prev = id
  }
  // A term of one character (or of characters between spaces) falls back to its unigrams.
  if (keys.length === 0 && single) keys.push(single)
  // An overflow id (CHAR_LIMIT) is shared by many characters, so its keys are not exact.
  const exact = !breaks && term.length <= 2 && keys.length === 1 && single !== CHAR_LIMIT && prev !== CHAR_LIMIT
  return { keys, exact }
}

function postingsOf(index: ShardIndex, key: number): Postings | null {
  const slot = index.slots.get(key)
  if (slot === undefined) return null
  return index.postings.subarray(index.offsets[slot]!, index.offsets[slot + 1]!)
}

function intersect(a: Postings, b: Postings): Postings {
  const out = new Uint32Array(Math.min(a.length, b.length))
  let n = 0
  let j = 0
  for (let i = 0; i < a.length && j < b.length; i++) {
    const v = a[i]!
    while (j < b.length && b[j]! < v) j++
    if (b[j] === v) out[n++] = v
  }
  return out.subarray(0, n)
}

function subtract(a: Postings, b: Postings): Postings {
  const out = new Uint32Array(a.length)
  let n = 0
  let j = 0
  for (let i = 0; i < a.length; i++) {
    const v = a[i]!
    while (j < b.length && b[j]! < v) j++
    if (b[j] !== v) out[n++] = v
  }
  return out.subarray(0, n)
}

export interface Candidates {
  docs: Postings
  /** docs are exactly the documents holding every included term: no substring check needed. */
  exact: boolean
  /** Excluded terms the postings could not decide: check these by substring. */
  excludeToCheck: string[]
}

/**
 * Documents that may contain every included term and none of the excluded:
 * the intersection of the terms' key postings, rarest first, minus the
 * postings of exactly-keyed exclusions. A superset of the true matches unless
 * `exact`; null means "no document can match".
 */
export function candidates(index: ShardIndex, include: readonly string[], exclude: readonly string[], chars: CharTable): Candidates | null {
  const lists: Postings[] = []
  let exact = true
  for (const term of include) {
    const found = termKeys(term, chars)
    if (!found) return null
    exact &&= found.exact
    for (const key of found.keys) {
      const list = postingsOf(index, key)
      if (!list) return null
      lists.push(list)
    }
  }
  if (lists.length === 0) return null
  lists.sort((a, b) => a.length - b.length)
  let docs = lists[0]!
  for (let i = 1; i < lists.length; i++) {
    // Past a handful of documents the substring check is cheaper than more intersecting.
    if (!exact && docs.length <= 16) break
    docs = intersect(docs, lists[i]!)
  }
  const excludeToCheck: string[] = []
  for (const term of exclude) {
    const found = termKeys(term, chars)
    if (!found) continue // no document has it
    const list = found.exact ? postingsOf(index, found.keys[0]!) : undefined
    if (found.exact && !list) continue
    if (list) docs = subtract(docs, list)
    else excludeToCheck.push(term)
  }
  return { docs, exact, excludeToCheck }
}
