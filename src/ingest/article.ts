// Step 6: draft → article. Headline hierarchy, byline and authors, dateline,
// continuation marks, teaser pointer, photo figures, then reflow of the body.
import type { Article, ArticleKind, Author, Continuation, Figure } from '../schema/bundle'
import { isBareDateline, parseBareNames, parseBylineLine, splitBylineOffHeadline, splitCredit, splitDateline, splitTrailingByline } from './byline'
import { furnitureAuthors } from './epaper'
import { readClosingNote } from './closing-note'
import { buildHeadline, type Headline } from './headline'
import { storyKind, untitledKind } from './kind'
import { reflow, type Fragment } from './reflow'
import { type Classified, COMMENTATOR_LINE, type Draft, isTeaserLabel, pointerTarget } from './segment'
import { CJK, type PageDesignation, pageDesignation, SECTION_LETTER } from './text'

export type ArticleDraft = Omit<Article, 'id' | 'source'> & {
  startLine: number
  endLine: number
  /** Paragraphs of another story interleaved into this one (found by reflow); the page step gives them back. */
  interleaved?: number[]
}

const NUM = '[0-9０-９]+|[一二三四五六七八九十]+'
const S = '[ \\t\\u3000]*'
/** The page a mark names: 第2版, 2版, 二版, A2版, 第Ａ２版. */
const PAGE = `(?:第${S})?(?:(${SECTION_LETTER})${S})?(${NUM})${S}版`
const FROM_MARK = new RegExp(`^[（(]${S}(?:上接|紧接|承接|接)${S}${PAGE}${S}(?:[${CJK}]{0,6})?[）)]`)
const TO_MARK = new RegExp(`[（(]${S}(?:下转|下接|转至|转)${S}${PAGE}${S}(?:[${CJK}]{0,6})?[）)]$`)

/** A continuation to or from the page a mark's match names. */
const continuation = (page: PageDesignation, text: string): Continuation => (page.label ? { page: page.number, label: page.label, text } : { page: page.number, text })

/** (上接1版)… / …(下转2版) → continuation fields and the paragraph without the mark. */
export function takeContinuations(paragraphs: Fragment[]): { paragraphs: Fragment[]; from?: Continuation; to?: Continuation } {
  const out = paragraphs.map((p) => ({ ...p }))
  let from: Continuation | undefined
  let to: Continuation | undefined
  const first = out[0]
  const fm = first?.text.match(FROM_MARK)
  const fromPage = fm ? pageDesignation(fm[2] ?? '', fm[1]) : undefined
  if (first && fm && fromPage) {
    from = continuation(fromPage, fm[0])
    first.text = first.text.slice(fm[0].length)
  }
  const last = out[out.length - 1]
  const tm = last?.text.match(TO_MARK)
  const toPage = tm ? pageDesignation(tm[2] ?? '', tm[1]) : undefined
  if (last && tm && tm.index !== undefined && toPage) {
    to = continuation(toPage, tm[0])
    last.text = last.text.slice(0, tm.index)
  }
  return { paragraphs: out.filter((p) => p.text.trim() !== ''), from, to }
}

function kindOf(d: Draft, headline: Headline): ArticleKind {
  switch (d.kind) {
    case 'masthead':
      return 'masthead'
    case 'teaser':
      return 'teaser'
    case 'photo':
      return 'photo'
    case 'banner':
      return storyKind({ headline, bylines: [], opening: '' }) === 'ad' ? 'ad' : 'banner'
    case 'headless':
      return untitledKind(d.body.map((u) => u.text))
    default:
      return storyKind({ headline, bylines: d.bylines.map((u) => u.text), opening: d.body[0]?.text ?? '' })
  }
}

function headlineOf(d: Draft, head: { text: string; heading: number | undefined }[], stacked = false): Headline {
  // A teaser label (今日导读) is a kicker above whatever headline follows it.
  if (head.length > 1 && isTeaserLabel(head[0]?.text ?? '')) {
    const rest = buildHeadline(head.slice(1))
    return { kicker: [head[0]?.text, rest.kicker].filter(Boolean).join(' '), title: rest.title, subtitle: rest.subtitle }
  }
  if (d.kind === 'banner') return { title: head.map((h) => h.text).join('\n') }
  return buildHeadline(head, stacked)
}

/** A pen name as printed, without the spaces that pad two characters apart (木  舟). */
const penName = (text: string): string => text.trim().replace(/^(\S)[ \t\u3000]+(\S)$/, '$1$2')

function bylineOf(units: Classified[]): { text?: string; authors: Author[] } {
  const authors = units.flatMap((u) => (COMMENTATOR_LINE.test(u.text) || isBareDateline(u.text) ? [] : parseBylineLine(u.text) ?? parseBareNames(u.text) ?? furnitureAuthors(u.text) ?? [{ name: penName(u.text), role: 'author' as const }]))
  return { text: units.length ? units.map((u) => u.text).join('\n') : undefined, authors }
}

/** Each name once, with the role it has where it first appears. */
const uniqueAuthors = (authors: Author[]): Author[] => authors.filter((a, k) => authors.findIndex((x) => x.name === a.name) === k)

/** Captions with their credits: a credit closes the figure whose caption lines precede it. */
function figuresOf(body: Classified[]): Figure[] {
  const figures: Figure[] = []
  let pendingCaption: string[] = []
  for (const u of body) {
    const credit = splitCredit(u.text)
    if (credit) {
      const caption = [...pendingCaption, credit.caption].filter(Boolean).join('\n')
      figures.push({ caption, credit: credit.credit, authors: credit.authors })
      pendingCaption = []
    } else {
      pendingCaption.push(u.text)
    }
  }
  if (pendingCaption.length) figures.push({ caption: pendingCaption.join('\n'), authors: [] })
  return figures
}

/** The photographers that credit lines and captions with a credit in a story's body name. */
function creditedIn(body: Classified[]): Author[] {
  const found: Author[] = []
  for (const u of body) {
    if (u.role !== 'credit' && u.role !== 'caption') continue
    for (const a of splitCredit(u.text)?.authors ?? []) if (!found.some((x) => x.name === a.name)) found.push(a)
  }
  return found
}

/** Every draft built member by member in one order, with absent fields undefined: one object shape keeps the later steps fast. */
export function articleDraft(a: Pick<ArticleDraft, 'kind' | 'title' | 'authors' | 'paragraphs' | 'startLine' | 'endLine'> & Partial<ArticleDraft>): ArticleDraft {
  return {
    kind: a.kind,
    kicker: a.kicker,
    title: a.title,
    subtitle: a.subtitle,
    byline: a.byline,
    authors: a.authors,
    paragraphs: a.paragraphs,
    subheads: a.subheads,
    figures: a.figures,
    places: a.places ?? [],
    continuedFrom: a.continuedFrom,
    continuedTo: a.continuedTo,
    refersToPage: a.refersToPage,
    refersToLabel: a.refersToLabel,
    refersToText: a.refersToText,
    startLine: a.startLine,
    endLine: a.endLine,
    interleaved: a.interleaved,
  }
}

/** A body unit as reflow takes it: subheads and closing notes are marked, so they are never joined to their neighbours. */
function toFragment(u: Classified): Fragment {
  const f: Fragment = { text: u.text, startLine: u.startLine, endLine: u.endLine }
  if (u.role === 'subhead') f.subhead = true
  // A byline line among the body's (郑州晚报记者 张三 / 实习生 李四 closing the story) is the story's, never prose to join.
  // …nor is a caption closed by its credit (…开放。 廖某 摄(某某视觉)): the next line opens a paragraph of its own.
  else if (u.role === 'closing' || u.role === 'break' || u.role === 'byline' || u.role === 'caption' || u.role === 'credit') f.note = true
  return f
}

/** `page.stackedHeads`: the page sets headline parts on lines of their own (see splitHeadlineLine). */
export function buildArticle(d: Draft, page: { stackedHeads?: boolean } = {}): ArticleDraft {
  let startLine = Infinity
  let endLine = -Infinity
  for (const list of [d.head, d.bylines, d.body]) {
    for (const u of list) {
      if (u.startLine < startLine) startLine = u.startLine
      if (u.endLine > endLine) endLine = u.endLine
    }
  }
  const head = d.head.map((u) => ({ text: u.text, heading: u.heading }))
  // A byline printed on the headline's line (大桥建成通车 本报记者 张三), when there is no byline line.
  const last = head[head.length - 1]
  const onHeadline = last && !last.heading && !d.bylines.length ? splitBylineOffHeadline(last.text) : undefined
  if (last && onHeadline) last.text = onHeadline.headline
  const { kicker, title, subtitle } = d.kind === 'masthead' ? { kicker: undefined, title: '', subtitle: undefined } : headlineOf(d, head, page.stackedHeads)
  const kind = kindOf(d, { kicker, title, subtitle })
  const byline = onHeadline ? { text: onHeadline.byline, authors: onHeadline.authors } : bylineOf(d.bylines)
  const base = { kind, kicker, title, subtitle, byline: byline.text, authors: byline.authors, startLine, endLine }

  if (kind === 'masthead' || d.kind === 'banner') {
    return articleDraft({ ...base, paragraphs: d.body.map((u) => u.text) })
  }
  if (kind === 'photo') {
    // A byline line among the captions (本报记者 张三 under the caption, the credit after it) is the photo's byline.
    const bylines = d.body.filter((u) => u.role === 'byline')
    const figures = figuresOf(bylines.length ? d.body.filter((u) => u.role !== 'byline') : d.body)
    const own = bylines.length ? bylineOf(bylines) : undefined
    return articleDraft({
      ...base,
      byline: own ? [base.byline, own.text].filter(Boolean).join('\n') : base.byline,
      // Each person once, as photographer when a credit names them: a name above a picture is its photographer's.
      authors: uniqueAuthors([...figures.flatMap((f) => f.authors), ...base.authors, ...(own?.authors ?? [])]),
      paragraphs: figures.map((f) => f.caption).filter(Boolean),
      figures,
    })
  }
  const pointers = d.body.filter((u) => u.role === 'pointer')
  let fragments: Fragment[] = d.body.filter((u) => u.role !== 'pointer').map(toFragment)
  let bylineText = base.byline
  let authors = base.authors
  const first = fragments[0]
  const dateline = first && !first.subhead ? splitDateline(first.text) : undefined
  if (first && dateline) {
    bylineText = [bylineText, dateline.byline].filter(Boolean).join('\n')
    authors = [...authors, ...dateline.authors]
    fragments = [{ text: dateline.rest, startLine: first.startLine, endLine: first.endLine }, ...fragments.slice(1)]
  }
  const marks = takeContinuations(fragments)
  const reflowed = reflow(marks.paragraphs)
  const { paragraphs } = reflowed
  // Kept by identity: the closing notes and bylines taken off below shift the paragraphs' indices.
  const interleavedFragments = reflowed.interleaved.map((k) => paragraphs[k] as Fragment)
  // Closing notes: a byline that closes the story (（本报记者 张三采访整理）) joins the byline; others stay as printed, naming their authors.
  // Read in the order they are printed: their people and lines are added in that order.
  const closingBylines: string[] = []
  const notes = paragraphs.map((p) => (p.note ? readClosingNote(p.text) : undefined))
  notes.forEach((note, k) => {
    if (!note) return
    for (const a of note.authors) if (!authors.some((x) => x.name === a.name)) authors = [...authors, a]
    if (note.kind === 'byline') closingBylines.push((paragraphs[k] as Fragment).text)
  })
  for (let k = paragraphs.length - 1; k >= 0; k--) if (notes[k]?.kind === 'byline') paragraphs.splice(k, 1)
  if (closingBylines.length) bylineText = [bylineText, ...closingBylines].filter(Boolean).join('\n')
  // A story without a byline on top may close with one: …出行。（记者 张三）
  const closing = !authors.length && !marks.to ? splitTrailingByline(paragraphs[paragraphs.length - 1]?.text ?? '') : undefined
  if (closing) {
    bylineText = [bylineText, closing.byline].filter(Boolean).join('\n')
    authors = closing.authors
    const last = paragraphs[paragraphs.length - 1] as Fragment
    if (closing.rest) last.text = closing.rest
    else paragraphs.pop()
  }
  // A story's pictures are credited in its body (图为… 记者 张三 摄): the photographers are its authors too.
  const credited = creditedIn(d.body).filter((a) => !authors.some((x) => x.name === a.name))
  if (credited.length) authors = [...authors, ...credited]
  // Prose without a headline that carries a continuation mark is the continued half of a story ((上接1版)…), not stray text.
  const continued = kind === 'unclassified' && (marks.from !== undefined || marks.to !== undefined)
  const target = pointers[0] && pointerTarget(pointers[0].text)
  const interleaved = interleavedFragments.map((f) => paragraphs.indexOf(f)).filter((k) => k >= 0)
  return articleDraft({
    ...base,
    kind: continued ? 'news' : kind,
    byline: bylineText,
    authors,
    paragraphs: paragraphs.map((p) => p.text),
    subheads: paragraphs.some((p) => p.subhead) ? paragraphs.flatMap((p, k) => (p.subhead ? [k] : [])) : undefined,
    interleaved: interleaved.length ? interleaved : undefined,
    continuedFrom: marks.from,
    continuedTo: marks.to,
    refersToPage: target?.number,
    refersToLabel: target?.label,
    refersToText: pointers.length ? pointers.map((p) => p.text).join('\n') : undefined,
  })
}
