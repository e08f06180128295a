// Step 5: reflow. Join paragraph fragments that a column or page break split
// mid-sentence, never two real paragraphs; and re-stitch fragments whose
// continuation landed several paragraphs later (interleaved columns).
import { endsSentence, isCjkCode, joinFragments, wordSegmenter } from './text'

export interface Fragment {
  text: string
  startLine: number
  endLine: number
  /** A subhead (小标题) of the story: never joined to a neighbour. */
  subhead?: boolean
  /** A closing note (作者为…, 来源：…): a line of its own, never joined to a neighbour. */
  note?: boolean
}

const standsAlone = (f: Fragment | undefined): boolean => f !== undefined && (f.subhead === true || f.note === true)


/**
 * For each of `nexts`: does the boundary between `prev` and it fall inside a word (困|难 → 困难)? That is strong
 * evidence they belong together. One segmenter pass answers them all: making a segmenter's Segments costs more than
 * asking it, and the reflow asks about several candidates for the same fragment.
 */
export function splitsWords(prev: string, nexts: readonly string[]): boolean[] {
  const left = prev.trimEnd().slice(-4)
  const answers = nexts.map(() => false)
  // Only a break between two ideographs can fall inside a Chinese word; skip the (costly) segmenter otherwise.
  if (!isCjkCode(left.charCodeAt(left.length - 1))) return answers
  // left + right of every candidate, one per line: a line break ends any word, so each is segmented as if alone.
  let joined = ''
  const breaks: number[] = []
  for (const next of nexts) {
    const right = next.trimStart().slice(0, 4)
    if (!isCjkCode(right.charCodeAt(0))) {
      breaks.push(-1)
      continue
    }
    breaks.push(joined.length + left.length)
    joined += `${left}${right}\n`
  }
  if (!joined) return answers
  const segments = wordSegmenter.segment(joined)
  breaks.forEach((at, k) => {
    if (at < 0) return
    // The segment containing the first character after the break tells whether the break is inside a word.
    const hit = segments.containing(at)
    answers[k] = hit !== undefined && hit.isWordLike === true && hit.index < at
  })
  return answers
}

export const splitsWord = (a: string, b: string): boolean => splitsWords(a, [b])[0] as boolean

/** Characters that cannot open a paragraph: a fragment starting with one continues something. */
const CANNOT_START = /^[，,。．.、；;：:！!？?）)》」』”’%％\]】…的了着过地得么吗呢吧啊]/
const cannotStart = (next: string) => CANNOT_START.test(next.trimStart())

/** For each of `nexts`: does it read as the continuation of the dangling fragment `prev` (see continues)? */
export function continuesEach(prev: string, nexts: readonly string[]): boolean[] {
  const answers = nexts.map(cannotStart)
  // The cheap test first: the segmenter is only asked where the opening character does not settle it.
  const open = nexts.flatMap((_, k) => (answers[k] ? [] : [k]))
  if (open.length === 0) return answers
  const splits = splitsWords(prev, open.map((k) => nexts[k] as string))
  open.forEach((k, n) => (answers[k] = splits[n] as boolean))
  return answers
}

/** Does `next` read as the continuation of the dangling fragment `prev`: it cannot open a paragraph, or the break splits a word. */
export function continues(prev: string, next: string): boolean {
  return cannotStart(next) || splitsWord(prev, next)
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
    if (standsAlone(cur) || standsAlone(items[i + 1]) || endsSentence(cur.text)) {
      i++
      continue
    }
    let pick = i + 1
    if (!cannotStart((items[i + 1] as Fragment).text)) {
      // Later blocks count only right after a block that ends a sentence: one right after another dangling
      // fragment continues that one, not ours. With none, the next block is taken whatever it reads like.
      const later: number[] = []
      for (let j = i + 2; j < Math.min(items.length, i + 1 + LOOKAHEAD); j++) if (!standsAlone(items[j]) && endsSentence((items[j - 1] as Fragment).text)) later.push(j)
      if (later.length) {
        const answers = continuesEach(cur.text, [(items[i + 1] as Fragment).text, ...later.map((j) => (items[j] as Fragment).text)])
        const k = answers[0] ? -1 : answers.indexOf(true, 1)
        if (k > 0) pick = later[k - 1] as number
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
