// Interleaved columns across stories: when a story ends on a dangling
// fragment and a paragraph inside a later story clearly continues it, give
// that paragraph back to the story it belongs to; and paragraphs that reflow
// found interleaved into a story go to the neighbour they share most words with.
import type { ArticleDraft } from './article'
import { isLayoutCredit, readClosingNote } from './closing-note'
import { continuesEach } from './reflow'
import { endsSentence, joinFragments } from './text'

const PROSE = new Set(['news', 'commentary', 'unclassified'])
/** How many following stories, and how many of their first paragraphs, to search. */
const STORIES_AHEAD = 2
const PARAGRAPHS_AHEAD = 6

/** Character bigrams of the ideographic runs: a cheap, dictionary-free stand-in for shared words. */
function bigrams(texts: string[]): Set<string> {
  const grams = new Set<string>()
  for (const t of texts) for (const run of t.match(/[\u4e00-\u9fff]{2,}/g) ?? []) for (let i = 0; i < run.length - 1; i++) grams.add(run.slice(i, i + 2))
  return grams
}

const overlap = (a: Set<string>, b: Set<string>) => {
  let n = 0
  for (const g of a) if (b.has(g)) n++
  return a.size ? n / a.size : 0
}

/** Gives interleaved paragraphs to the previous or next story when they read more like it than like their host. */
function returnInterleaved(articles: ArticleDraft[]): void {
  articles.forEach((host, i) => {
    const at = host.interleaved
    host.interleaved = undefined
    if (!at?.length) return
    const moved = at.map((k) => host.paragraphs[k] as string)
    const rest = host.paragraphs.filter((_, k) => !at.includes(k))
    const grams = bigrams(moved)
    const neighbours = [articles[i - 1], articles[i + 1]].filter((a): a is ArticleDraft => a !== undefined && PROSE.has(a.kind))
    const own = overlap(grams, bigrams(rest))
    const best = neighbours.map((n) => ({ n, score: overlap(grams, bigrams(n.paragraphs)) })).sort((a, b) => b.score - a.score)[0]
    // Only a clear margin moves text between stories; stories with subheads keep theirs where the subheads put them.
    if (!best || best.score < own * 1.5 || best.score < 0.05 || host.subheads || best.n.subheads) return
    host.paragraphs = rest
    if (best.n === articles[i - 1]) best.n.paragraphs.push(...moved)
    else best.n.paragraphs.unshift(...moved)
  })
}

export function restitchAcrossArticles(articles: ArticleDraft[]): ArticleDraft[] {
  returnInterleaved(articles)
  articles.forEach((a, i) => {
    if (!PROSE.has(a.kind) || a.continuedTo) return
    const last = a.paragraphs[a.paragraphs.length - 1]
    // A line closing the story (（作者为…）, 版式设计：某某) ends it, though it ends no sentence.
    if (last === undefined || endsSentence(last) || isLayoutCredit(last) || readClosingNote(last)) return
    // The first paragraphs of the next stories (not a titled story's opening), all asked about in one go.
    const candidates: { other: ArticleDraft; at: number }[] = []
    for (const other of articles.slice(i + 1, i + 1 + STORIES_AHEAD)) {
      if (!PROSE.has(other.kind)) continue
      for (let at = other.title ? 1 : 0; at < Math.min(other.paragraphs.length, PARAGRAPHS_AHEAD); at++) if (!other.subheads?.includes(at)) candidates.push({ other, at })
    }
    const answers = continuesEach(last, candidates.map(({ other, at }) => other.paragraphs[at] as string))
    const found = candidates[answers.indexOf(true)]
    if (!found) return
    const [moved] = found.other.paragraphs.splice(found.at, 1)
    if (found.other.subheads) found.other.subheads = found.other.subheads.map((k) => (k > found.at ? k - 1 : k))
    a.paragraphs[a.paragraphs.length - 1] = joinFragments(last, moved ?? '')
  })
  return articles
}
