// Text folding shared by the index, the query and the highlighter: NFKC (full-width
// → half-width, compatibility forms) then lower case, so ＳＣＯＲＥ, Score and score
// are one term. The index and the exact check use `normalize` on whole strings;
// highlighting needs to map a match back to the printed text, so `foldWithMap`
// folds piece by piece and remembers where each folded character came from.

export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

export interface Folded {
  /** The folded text; equal to normalize(original) for all but exotic input. */
  text: string
  /** For each folded code unit: start of the original piece it came from. */
  from: Int32Array
  /** For each folded code unit: end of the original piece it came from. */
  to: Int32Array
}

// A piece is a base character with its combining marks, so NFKC can compose it (e + ́ → é).
const PIECE = /[\uD800-\uDBFF][\uDC00-\uDFFF]\p{M}*|[^\p{M}]\p{M}*|\p{M}+/gsu
// Characters that fold to themselves one for one (CJK ideographs, ASCII lower case and digits, space).
const PLAIN = /^[\u4E00-\u9FFF\u3400-\u4DBFa-z0-9 \n]*$/

export function foldWithMap(original: string): Folded {
  if (PLAIN.test(original)) {
    const from = new Int32Array(original.length)
    const to = new Int32Array(original.length)
    for (let i = 0; i < original.length; i++) {
      from[i] = i
      to[i] = i + 1
    }
    return { text: original, from, to }
  }
  const parts: string[] = []
  const from: number[] = []
  const to: number[] = []
  for (const m of original.matchAll(PIECE)) {
    const piece = normalize(m[0])
    parts.push(piece)
    for (let k = 0; k < piece.length; k++) {
      from.push(m.index)
      to.push(m.index + m[0].length)
    }
  }
  return { text: parts.join(''), from: Int32Array.from(from), to: Int32Array.from(to) }
}
