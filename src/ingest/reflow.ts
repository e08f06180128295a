// Step 5: reflow. Join paragraph fragments that a column or page break split
// mid-sentence, never two real paragraphs; and re-stitch fragments whose
// continuation landed several paragraphs later (interleaved columns).
import { endsSentence, isCjk, joinFragments } from './text'

export interface Fragment {
  text: string
  startLine: number
  endLine: number
}

const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' })

/** True when the boundary between `a` and `b` falls inside a word (困|难 → 困难): strong evidence they belong together. */
export function splitsWord(a: string, b: string): boolean {
  const left = a.trimEnd().slice(-4)
  const right = b.trimStart().slice(0, 4)
  // Only a break between two ideographs can fall inside a Chinese word; skip the (costly) segmenter otherwise.
  if (!isCjk(left.slice(-1)) || !isCjk(right.slice(0, 1))) return false
  // The segment containing the first character after the break tells whether the break is inside a word.
  const hit = segmenter.segment(left + right).containing(left.length)
  return hit !== undefined && hit.isWordLike === true && hit.index < left.length
}

/** Characters that cannot open a paragraph: a fragment starting with one continues something. */
const CANNOT_START = /^[，,。．.、；;：:！!？?）)》」』”’%％\]】…的了着过地得么吗呢吧啊]/

/** Does `next` read as the continuation of the dangling fragment `prev`: it cannot open a paragraph, or the break splits a word. */
export function continues(prev: string, next: string): boolean {
  // The cheap test first: the segmenter is only asked when the opening character does not settle it.
  return CANNOT_START.test(next.trimStart()) || splitsWord(prev, next)
}

/** How far ahead to look for a dangling fragment's continuation when columns were interleaved. */
const LOOKAHEAD = 6

export interface ReflowResult {
  paragraphs: Fragment[]
  /** Number of joins made (for the summary and tests). */
  joins: number
  /** Paragraphs moved back next to the fragment they continue. */
  restitched: number
  /** Indices (in `paragraphs`) of the paragraphs a re-stitch jumped over: another story's column interleaved into this one. */
  interleaved: number[]
}

/**
 * Joins each paragraph that does not end a sentence with its continuation.
 * Normally that is the next paragraph; when the next one reads as a fresh start and a later one (within LOOKAHEAD)
 * clearly continues the fragment, the later one is pulled back and the paragraphs in between keep their order.
 */
export function reflow(input: Fragment[]): ReflowResult {
  const items = input.map((f) => ({ ...f }))
  let joins = 0
  let restitched = 0
  const jumped = new Set<Fragment>()
  for (let i = 0; i < items.length - 1; ) {
    const cur = items[i] as Fragment
    if (endsSentence(cur.text)) {
      i++
      continue
    }
    let pick = i + 1
    if (!continues(cur.text, (items[i + 1] as Fragment).text)) {
      for (let j = i + 2; j < Math.min(items.length, i + 1 + LOOKAHEAD); j++) {
        const candidate = items[j] as Fragment
        // A block right after another dangling fragment continues that one, not ours.
        if (!endsSentence((items[j - 1] as Fragment).text)) continue
        if (continues(cur.text, candidate.text)) {
          pick = j
          break
        }
      }
    }
    const next = items[pick] as Fragment
    if (pick !== i + 1) {
      restitched++
      for (const f of items.slice(i + 1, pick)) jumped.add(f)
    }
    items[i] = { text: joinFragments(cur.text, next.text), startLine: cur.startLine, endLine: Math.max(cur.endLine, next.endLine) }
    items.splice(pick, 1)
    joins++
  }
  const interleaved = items.flatMap((f, at) => (jumped.has(f) ? [at] : []))
  return { paragraphs: items, joins, restitched, interleaved }
}
