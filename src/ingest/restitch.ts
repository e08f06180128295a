// Interleaved columns across stories: when a story ends on a dangling
// fragment and a paragraph inside a later story clearly continues it, give
// that paragraph back to the story it belongs to.
import type { ArticleDraft } from './article'
import { continuationScore } from './reflow'
import { endsSentence, joinFragments } from './text'

const PROSE = new Set(['news', 'commentary', 'unclassified'])
/** How many following stories, and how many of their first paragraphs, to search. */
const STORIES_AHEAD = 2
const PARAGRAPHS_AHEAD = 6

export function restitchAcrossArticles(articles: ArticleDraft[]): ArticleDraft[] {
  articles.forEach((a, i) => {
    if (!PROSE.has(a.kind) || a.continuedTo) return
    const last = a.paragraphs[a.paragraphs.length - 1]
    if (last === undefined || endsSentence(last)) return
    for (const other of articles.slice(i + 1, i + 1 + STORIES_AHEAD)) {
      if (!PROSE.has(other.kind)) continue
      const at = other.paragraphs.slice(0, PARAGRAPHS_AHEAD).findIndex((p, j) => (j > 0 || !other.title) && continuationScore(last, p) >= 2)
      if (at === -1) continue
      const [moved] = other.paragraphs.splice(at, 1)
      a.paragraphs[a.paragraphs.length - 1] = joinFragments(last, moved ?? '')
      return
    }
  })
  return articles
}
