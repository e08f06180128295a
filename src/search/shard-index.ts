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

export interface ShardIndex {
  /** Folded searchable text of each document: headline, newline, body. */
  texts: string[]
  /** Length of the folded headline at the start of each text. */
  headEnds: Uint32Array
  slots: Map<number, number>
  /** postings of slot s: postings[offsets[s] .. offsets[s + 1]] */
  offsets: Uint32Array
  postings: Uint32Array
}

/** Indexes documents given as [headline, body] in original spelling. */
export function buildShardIndex(docs: readonly (readonly [string, string])[], chars: CharTable): ShardIndex {
  const texts: string[] = []
  const headEnds = new Uint32Array(docs.length)
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
    headEnds[doc] = foldedHead.length
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
  const postings = new Uint32Array(seqLen)
  let k = 0
  for (let doc = 0; doc < docs.length; doc++) {
    for (; k < docEnds[doc]!; k++) postings[fill[seq[k]!]!++] = doc
  }
  return { texts, headEnds, slots, offsets, postings }
}

/** Keys that every document containing `term` (folded) must have; null when some key is absent everywhere. */
function termKeys(term: string, chars: CharTable): number[] | null {
  const keys: number[] = []
  let prev = 0
  let single = 0
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i)
    if (isBreak(code)) {
      prev = 0
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
  return keys
}

function postingsOf(index: ShardIndex, key: number): Uint32Array | null {
  const slot = index.slots.get(key)
  if (slot === undefined) return null
  return index.postings.subarray(index.offsets[slot]!, index.offsets[slot + 1]!)
}

function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
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

/**
 * Documents that may contain every term: the intersection of the terms' key
 * postings, rarest first. A superset of the true matches (exact check follows);
 * null means "no document can match".
 */
export function candidates(index: ShardIndex, terms: readonly string[], chars: CharTable): Uint32Array | null {
  const lists: Uint32Array[] = []
  for (const term of terms) {
    const keys = termKeys(term, chars)
    if (!keys) return null
    for (const key of keys) {
      const list = postingsOf(index, key)
      if (!list) return null
      lists.push(list)
    }
  }
  if (lists.length === 0) return null
  lists.sort((a, b) => a.length - b.length)
  let result = lists[0]!
  // Past a handful of documents the exact check is cheaper than more intersecting.
  for (let i = 1; i < lists.length && result.length > 16; i++) result = intersect(result, lists[i]!)
  return result
}
