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

const MARK = /\p{M}/u
const folds = new Map<string, string>()

function foldPiece(piece: string): string {
  let folded = folds.get(piece)
  if (folded === undefined) {
    folded = normalize(piece)
    if (folds.size < 10_000) folds.set(piece, folded)
  }
  return folded
}

/** Folds piece by piece — a piece is a character with its combining marks, so NFKC can compose it (e + ́ → é). */
export function foldWithMap(original: string): Folded {
  const parts: string[] = []
  const from = new Int32Array(original.length * 2)
  const to = new Int32Array(original.length * 2)
  let n = 0
  for (let i = 0; i < original.length; ) {
    const code = original.charCodeAt(i)
    let end = i + 1
    if (code >= 0xd800 && code <= 0xdbff && end < original.length) end++
    while (end < original.length && original.charCodeAt(end) >= 0x300 && MARK.test(original[end]!)) end++
    // Ideographs and ASCII other than capitals fold to themselves; skip the lookup.
    const plain = end === i + 1 && ((code >= 0x4e00 && code <= 0x9fff) || (code < 0x80 && (code < 65 || code > 90)))
    const piece = plain ? original[i]! : foldPiece(original.slice(i, end))
    parts.push(piece)
    for (let k = 0; k < piece.length; k++) {
      if (n === from.length) return foldSlow(original)
      from[n] = i
      to[n++] = end
    }
    i = end
  }
  return { text: parts.join(''), from: from.subarray(0, n), to: to.subarray(0, n) }
}

/** For text that folds to more than twice its length (rare ligature-heavy input). */
function foldSlow(original: string): Folded {
  const parts: string[] = []
  const from: number[] = []
  const to: number[] = []
  for (const m of original.matchAll(/[\uD800-\uDBFF][\uDC00-\uDFFF]\p{M}*|[^\p{M}]\p{M}*|\p{M}+/gsu)) {
    const piece = normalize(m[0])
    parts.push(piece)
    for (let k = 0; k < piece.length; k++) {
      from.push(m.index)
      to.push(m.index + m[0].length)
    }
  }
  return { text: parts.join(''), from: Int32Array.from(from), to: Int32Array.from(to) }
}
