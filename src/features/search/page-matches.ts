// Find-in-page over rendered text: walks the text nodes under a root, joins
// those of one block (a paragraph, a headline) so a match may cross inline
// elements but never two blocks, folds width and case like the archive search,
// and returns DOM Ranges in reading (document) order.
import { foldWithMap } from '@/search/normalize'
import { literalMatches } from '@/search/highlight'

const BLOCK = 'p,h1,h2,h3,h4,h5,h6,li,figcaption,blockquote,dd,dt,td,th,div,section,article,aside,header,footer,nav,figure'
const MAX_MATCHES = 2000

interface Piece {
  node: Text
  start: number
}

function rangesInBlock(pieces: Piece[], text: string, needle: string, out: Range[]): void {
  const at = (offset: number, end: boolean) => {
    // The text node holding `offset` (an end offset belongs to the node it closes).
    let i = pieces.length - 1
    while (i > 0 && (end ? pieces[i]!.start >= offset : pieces[i]!.start > offset)) i--
    return { node: pieces[i]!.node, offset: offset - pieces[i]!.start }
  }
  for (const [s, e] of literalMatches(foldWithMap(text), needle)) {
    if (out.length >= MAX_MATCHES) return
    const range = document.createRange()
    const from = at(s, false)
    const to = at(e, true)
    range.setStart(from.node, from.offset)
    range.setEnd(to.node, to.offset)
    out.push(range)
  }
}

/** Every occurrence of the folded `needle` in the text under `root`. */
export function findInDom(root: HTMLElement, needle: string): Range[] {
  const out: Range[] = []
  if (!needle) return out
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  let block: Element | null = null
  let pieces: Piece[] = []
  let text = ''
  const flush = () => {
    if (pieces.length) rangesInBlock(pieces, text, needle, out)
    pieces = []
    text = ''
  }
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const owner = node.parentElement?.closest(BLOCK) ?? null
    if (owner !== block) {
      flush()
      block = owner
    }
    pieces.push({ node, start: text.length })
    text += node.data
  }
  flush()
  return out
}
