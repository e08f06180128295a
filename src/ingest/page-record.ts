// A page draft as it leaves the page steps: what the assembly needs to know of
// each article (kind, headline, lines, continuation marks, place codes), and
// the rest of each article already validated and serialised as UTF-8 JSON.
// Everything here is checked against the bundle schema where it is made.
// Serialising where the page was processed keeps the assembly (one thread)
// from stringifying, validating or copying article text; a worker thread hands
// the bytes over without a copy.
import { Article, type ArticleKind, type Continuation, PageMeta, SourceRange } from '../schema/bundle'
import { z } from 'zod/mini'
import { headlineBreaks } from '../lib/typeset'
import type { ArticleDraft } from './article'
import type { Encoding } from './decode'
import type { PageDraft } from './page'

/** The members of an Article the page steps decide; id, source and the continuation links are the assembly's. */
export const ArticleContent = z.omit(Article, { id: true, source: true, continuedFrom: true, continuedTo: true })
/** What the assembly takes from the page steps as they left it: continuation marks and line ranges. */
const ArticleMarks = z.extend(z.pick(Article, { continuedFrom: true, continuedTo: true }), { lines: z.pick(SourceRange, { startLine: true, endLine: true }) })

export interface ArticleHead {
  kind: ArticleKind
  title: string
  kicker?: string
  subtitle?: string
  /** Opening of the first paragraph: names an untitled article in its id. */
  lead: string
  startLine: number
  endLine: number
  continuedFrom?: Continuation
  continuedTo?: Continuation
  /** Codes of the article's places, the main one first. */
  places: string[]
}

/** What the assembly needs of a page to file it in its issue: its paper, date and place in the issue (its meta holds them too). */
export type PageHead = Pick<PageMeta, 'paper' | 'edition' | 'locality' | 'localityCode' | 'date' | 'pageNumber' | 'pageLabel' | 'provenance'>

/** The head of a page's meta (only the members it has, and only the paper's provenance). */
export function pageHeadOf(meta: PageMeta): PageHead {
  const head: PageHead = { provenance: meta.provenance.paper ? { paper: meta.provenance.paper } : {} }
  for (const key of ['paper', 'edition', 'locality', 'localityCode', 'date', 'pageLabel'] as const) if (meta[key] !== undefined) head[key] = meta[key]
  if (meta.pageNumber !== undefined) head.pageNumber = meta.pageNumber
  return head
}

export interface PageRecord {
  sourceFile: string
  /** A page read back from the cache's run: its head, its meta read only when its issue is put together again. */
  head?: PageHead
  encoding: Encoding
  meta: PageMeta
  /** Front matter exactly as written (empty when none). */
  frontMatter: string
  articles: ArticleHead[]
  /** Each article's content as JSON object members ("kind":…,"paragraphs":[…]), UTF-8, back to back. */
  content: Uint8Array
  /** Article i's members are content[ends[i - 1] ?? 0, ends[i]). */
  ends: number[]
}

const LEAD_LENGTH = 40

function headOf(a: ArticleDraft): ArticleHead {
  ArticleMarks.parse({ continuedFrom: a.continuedFrom, continuedTo: a.continuedTo, lines: { startLine: a.startLine, endLine: a.endLine } })
  const places = [...a.places].sort((x, y) => Number(y.main ?? false) - Number(x.main ?? false)).map((p) => p.code)
  return {
    kind: a.kind,
    title: a.title,
    kicker: a.kicker,
    subtitle: a.subtitle,
    lead: a.title ? '' : (a.paragraphs[0] ?? '').slice(0, LEAD_LENGTH),
    startLine: a.startLine,
    endLine: a.endLine,
    continuedFrom: a.continuedFrom,
    continuedTo: a.continuedTo,
    places,
  }
}

/** The JSON members of an article's content, validated against the bundle schema (which also drops the draft-only fields). */
function contentMembers(a: ArticleDraft): string {
  // '{"kind":…}' → '"kind":…': the assembly puts id and source in front.
  return JSON.stringify(ArticleContent.parse({ ...a, breaks: headlineBreaks(a) })).slice(1, -1)
}

export function toRecord(page: PageDraft): PageRecord {
  const members = page.articles.map(contentMembers)
  const ends: number[] = []
  let size = 0
  for (const m of members) ends.push((size += Buffer.byteLength(m)))
  // Its own ArrayBuffer (never Node's shared pool), so a worker can transfer it; not zeroed, as every byte is written.
  const content = Buffer.allocUnsafeSlow(size)
  members.forEach((m, i) => content.write(m, ends[i - 1] ?? 0))
  return {
    sourceFile: page.sourceFile,
    encoding: page.encoding,
    meta: PageMeta.parse(page.meta),
    frontMatter: page.frontMatter,
    articles: page.articles.map(headOf),
    content,
    ends,
  }
}
