// An e-paper site prints each story's main title (主题) a second time, outside the story: in the page's list of
// titles (标题导航: · 某某开幕), in a share or print footer (某某日报头版 A1 某某开幕 …), in a ticker. When exactly
// one part of a stacked headline is echoed there, that part is the title, whatever its length or cues: the parts
// above it are its 引题 and the parts below its 副题. When the whole headline is echoed as one line, it is one title
// set in two halves (某某误上高速 民警倾情守护). Without an echo the headline stays as the cues read it.
import { type ArticleDraft, articleDraft } from './article'

/** Articles whose text is the page's furniture or the site's, where the echoes stand. */
const FURNITURE = new Set(['masthead', 'banner', 'unclassified'])
/** Shorter parts could be echoed by chance (a word of a footer). */
const MIN_ECHO = 4

/** Comparable form: full-width folded, no spaces, no list bullet. */
const canon = (s: string): string => s.normalize('NFKC').replace(/[\s\u3000]+/g, '').replace(/^[•·▪◆■□●○★☆>]+/, '')

/** The lines of the page's furniture, each in comparable form. */
function furnitureLines(articles: ArticleDraft[]): string[] {
  const lines: string[] = []
  for (const a of articles) {
    if (!FURNITURE.has(a.kind)) continue
    for (const text of [a.title, ...a.paragraphs]) for (const line of text.split('\n')) if (line.trim()) lines.push(canon(line))
  }
  return lines
}

type HeadlineParts = Pick<ArticleDraft, 'kicker' | 'title' | 'subtitle'>

/** The headline read again by what the furniture echoes; undefined when no echo settles it. */
export function headlineByEcho(h: HeadlineParts, furniture: string[]): HeadlineParts | undefined {
  const parts = [h.kicker, h.title, h.subtitle].filter((p): p is string => Boolean(p))
  if (parts.length < 2) return undefined
  const whole = canon(parts.join(''))
  if (furniture.some((line) => line === whole)) return { kicker: undefined, title: parts.join(' '), subtitle: undefined }
  const echoed = parts.map((p) => canon(p)).map((p) => p.length >= MIN_ECHO && furniture.some((line) => line.includes(p) && !line.includes(whole)))
  if (echoed.filter(Boolean).length !== 1) return undefined
  const at = echoed.indexOf(true)
  return { kicker: parts.slice(0, at).join(' ') || undefined, title: parts[at] as string, subtitle: parts.slice(at + 1).join(' ') || undefined }
}

/** Settles the roles of every story's stacked headline parts by the titles the page's furniture echoes. */
export function settleTitlesByEcho(articles: ArticleDraft[]): void {
  const furniture = furnitureLines(articles)
  if (!furniture.length) return
  for (const a of articles) {
    if (FURNITURE.has(a.kind) || a.kind === 'teaser') continue
    const read = headlineByEcho(a, furniture)
    if (!read) continue
    a.kicker = read.kicker
    a.title = read.title
    a.subtitle = read.subtitle
  }
}

/**
 * A headline with its byline and no text, right above the same headline with the text (an archive's record lists the
 * story by title and author, then shows it as printed; a site's index entry above the story it opens): the first is
 * furniture, a listing of the second, kept as such and no story of its own.
 */
export function foldListings(articles: ArticleDraft[]): ArticleDraft[] {
  return articles.map((a, i) => {
    const next = articles[i + 1]
    const listing = a.kind === 'news' && !a.paragraphs.length && !a.figures?.length && a.title.length >= MIN_ECHO
    if (!listing || !next || !next.paragraphs.length || canon(next.title) !== canon(a.title)) return a
    const lines = [a.kicker, a.title, a.subtitle, a.byline].filter((x): x is string => Boolean(x))
    return articleDraft({ kind: 'masthead', title: '', authors: [], paragraphs: lines, startLine: a.startLine, endLine: a.endLine })
  })
}
