// FlexSearch as the candidate generator: one `Index` per shard, built and
// exported at build time, imported in the search worker. Its keys are single
// characters of the folded text (Lucene's CJK unigrams), so every document
// holding a query term holds all of the term's keys: the candidates are a
// superset of the matches, and the exact substring check decides. Only the plain
// `Index` is used, in our own worker, without tags, FlexSearch's Worker or its
// IndexedDB adapter: each of those has a fault in 0.8.212 (flexsearch.test.ts).
import { Index } from 'flexsearch'

// JavaScript's \s: parseQuery splits terms on it, so no term contains one outside a phrase.
const SPACES = new Set([0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff])
const isSpace = (code: number) => code <= 32 || (code >= 0x2000 && code <= 0x200a) || SPACES.has(code)

/**
 * The index keys of folded text: each character (code point) but whitespace, in
 * order. Nothing is folded, split or dropped here: the default encoders fold
 * differently from `normalize` and cut words and numbers, which loses matches.
 */
export function characterKeys(folded: string): string[] {
  const keys: string[] = []
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < folded.length) {
      keys.push(folded.slice(i, i + 2))
      i++
    } else if (!isSpace(code)) keys.push(folded[i]!)
  }
  return keys
}

/** A term of one character: its key's hits are exactly the documents holding it, so they need no substring check. */
export function isOneKey(term: string): boolean {
  const keys = characterKeys(term)
  return keys.length === 1 && keys[0] === term
}

/** An empty shard index: exact keys, no context, one score slot (the engine ranks). */
export function newShardIndex(): Index {
  return new Index({ encode: characterKeys, tokenize: 'strict', resolution: 1, fastupdate: false, cache: false })
}

export type IndexChunks = [key: string, data: string][]

/** Indexes folded texts by position (the id of text i is i) and exports the index. */
export function buildShardIndex(texts: readonly string[]): IndexChunks {
  const index = newShardIndex()
  texts.forEach((text, i) => index.add(i, text))
  const chunks: IndexChunks = []
  // Synchronous: the handler returns nothing, so FlexSearch does not wait between chunks.
  index.export((key, data) => void chunks.push([key, data]))
  return chunks
}

export function importShardIndex(chunks: IndexChunks): Index {
  const index = newShardIndex()
  for (const [key, data] of chunks) index.import(key, data)
  return index
}

/**
 * Positions (ascending) of the documents among `docs` that hold every
 * character of every term: the candidates the exact check then confirms.
 */
export function candidates(index: Index, terms: readonly string[], docs: number): Uint32Array {
  const query = terms.join(' ')
  if (docs === 0) return new Uint32Array(0)
  // A query without a key (cannot come from parseQuery) would find nothing: every document is a candidate.
  if (characterKeys(query).length === 0) return Uint32Array.from({ length: docs }, (_, i) => i)
  // Without a limit FlexSearch stops at 100 results.
  const found = index.search(query, { limit: docs }) as number[]
  // A copy: a one-key result is the index's own postings array, and changing it would change the index.
  const out = Uint32Array.from(found)
  for (let i = 1; i < out.length; i++) {
    if (out[i - 1]! > out[i]!) return out.sort()
  }
  return out
}
