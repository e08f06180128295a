// The one contract between the build-time ingest and the app.
// The ingest validates everything it writes against these schemas; the app
// validates everything it reads. Types are z.infer — never hand-written twins.
import { z } from 'zod/mini'

export const BUNDLE_VERSION = 1

/** Where a piece of the bundle came from: source file and 1-based line range. */
export const SourceRange = z.object({
  file: z.string(),
  startLine: z.int().check(z.positive()),
  endLine: z.int().check(z.positive()),
})
export type SourceRange = z.infer<typeof SourceRange>

export const ArticleKind = z.enum([
  'news', // reported story, may carry a byline
  'commentary', // 评论 / 短评 / 观察
  'photo', // captioned picture(s) with a credit ending in 摄
  'teaser', // 导读: points to another page of the issue
  'banner', // slogan / campaign banner
  'ad', // advertisement or notice (公益广告, 启事)
  'masthead', // the paper's nameplate and page metadata lines
  'unclassified', // text the pipeline could not place; kept verbatim so nothing is lost
])
export type ArticleKind = z.infer<typeof ArticleKind>

export const AuthorRole = z.enum([
  'reporter', // 记者 / 融媒记者 / 本报记者
  'correspondent', // 通讯员
  'photographer', // … 摄
  'team', // 报道组
  'author', // bare name under a headline, or an unlabelled name
  'editor', // 责任编辑
])
export type AuthorRole = z.infer<typeof AuthorRole>

export const Author = z.object({ name: z.string().check(z.minLength(1)), role: AuthorRole })
export type Author = z.infer<typeof Author>

/**
 * A (上接1版) / (下转2版) mark: the page it names, its verbatim text, and the linked article when that half is in the bundle.
 * A page in a lettered section (下转A2版) has `label` A2, and `page` is its number within the section.
 */
export const Continuation = z.object({
  page: z.int().check(z.positive()),
  label: z.optional(z.string()),
  text: z.string(),
  articleId: z.optional(z.string()),
})
export type Continuation = z.infer<typeof Continuation>

/** One picture of a photo item: its caption and credit (there are no images in the source). */
export const Figure = z.object({
  caption: z.string(),
  credit: z.optional(z.string()),
  authors: z.array(Author),
})
export type Figure = z.infer<typeof Figure>

/** A place an article mentions; filled by the places step (a later issue). */
export const PlaceRef = z.object({
  code: z.string(),
  name: z.string(),
  main: z.optional(z.boolean()),
})
export type PlaceRef = z.infer<typeof PlaceRef>

/**
 * Offsets inside each headline part where a line may break: the boundaries between words, found by Intl.Segmenter
 * when the bundle is built, so the reader sets headlines word by word without loading the segmenter's dictionary.
 */
export const HeadlineBreaks = z.object({
  kicker: z.optional(z.array(z.int().check(z.positive()))),
  title: z.optional(z.array(z.int().check(z.positive()))),
  subtitle: z.optional(z.array(z.int().check(z.positive()))),
})
export type HeadlineBreaks = z.infer<typeof HeadlineBreaks>

export const Article = z.object({
  id: z.string().check(z.minLength(4)).check(z.maxLength(16)),
  kind: ArticleKind,
  /** 引题 */
  kicker: z.optional(z.string()),
  /** 主题 — may be empty for untitled items (a lone caption, an unclassified block). */
  title: z.string(),
  /** 副题 */
  subtitle: z.optional(z.string()),
  /** Where the headline's lines may break (absent in bundles built before it, or where no part has a break). */
  breaks: z.optional(HeadlineBreaks),
  /** The byline exactly as printed (may span two source lines, joined by a newline). */
  byline: z.optional(z.string()),
  authors: z.array(Author),
  /** Body paragraphs after reflow; for photos, the captions. */
  paragraphs: z.array(z.string()),
  /** Indices into paragraphs of the story's own subheads (小标题, Q&A question lines), ascending; shown as subheads, searched as text. */
  subheads: z.optional(z.array(z.int().check(z.nonnegative()))),
  figures: z.optional(z.array(Figure)),
  places: z.array(PlaceRef),
  continuedFrom: z.optional(Continuation),
  continuedTo: z.optional(Continuation),
  /** For teasers: the page number the teaser points to (详见今日第二版 → 2). */
  refersToPage: z.optional(z.int().check(z.positive())),
  /** For teasers pointing at a page in a lettered section (详见A3版): its label; refersToPage is then its number within the section. */
  refersToLabel: z.optional(z.string()),
  /** Verbatim pointer text of a teaser (详见今日第二版). */
  refersToText: z.optional(z.string()),
  source: SourceRange,
})
export type Article = z.infer<typeof Article>

/** How a metadata value was obtained. */
export const Provenance = z.enum(['explicit', 'masthead', 'inferred'])
export type Provenance = z.infer<typeof Provenance>

/** Page-level metadata. Every field records how it was obtained; inferred values say why. */
export const PageMeta = z.object({
  paper: z.optional(z.string()),
  edition: z.optional(z.string()),
  organ: z.optional(z.string()),
  publisher: z.optional(z.string()),
  cn: z.optional(z.string()),
  /** ISO date (YYYY-MM-DD) when day, month and year are known. */
  date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** When only the year can be inferred. */
  year: z.optional(z.int()),
  weekday: z.optional(z.string()),
  lunarDate: z.optional(z.string()),
  pagesToday: z.optional(z.int().check(z.positive())),
  serial: z.optional(z.int().check(z.positive())),
  pageNumber: z.optional(z.int().check(z.positive())),
  /** Papers printed in lettered sections (A叠, B叠) label pages A1, A2, B1… instead of numbering them: the label, and no pageNumber. */
  pageLabel: z.optional(z.string()),
  pageName: z.optional(z.string()),
  editor: z.optional(z.string()),
  phone: z.optional(z.string()),
  hotline: z.optional(z.string()),
  /** Locality of the paper as text (e.g. 衢州市, 永康市), explicit or inferred. */
  locality: z.optional(z.string()),
  /** Its division code, when the gazetteer knows it. */
  localityCode: z.optional(z.string()),
  provenance: z.record(z.string(), Provenance),
  /** Why each inferred field was inferred, in Chinese, for display. */
  basis: z.record(z.string(), z.string()),
})
export type PageMeta = z.infer<typeof PageMeta>

export const Warning = z.object({
  file: z.string(),
  line: z.int().check(z.nonnegative()),
  message: z.string(),
})
export type Warning = z.infer<typeof Warning>

/** A page (版) with its articles in reading order. */
export const Page = z.object({
  /** Stable id of the page: issueId + page number (or label) or file. */
  id: z.string(),
  number: z.optional(z.int().check(z.positive())),
  /** A lettered page's label (A2), in place of a number. */
  label: z.optional(z.string()),
  name: z.optional(z.string()),
  sourceFile: z.string(),
  encoding: z.string(),
  meta: PageMeta,
  /** YAML front matter exactly as written, when the page had one. */
  frontMatter: z.optional(z.string()),
  articles: z.array(Article),
})
export type Page = z.infer<typeof Page>

/** Per-issue body file: issues/<issueId>.<contentHash>.json (the catalog's IssueSummary.body names it). */
/** What an issue says of itself besides its pages: its paper, date and printed numbers. */
export const IssueHead = z.object({
  paperId: z.string(),
  date: z.optional(z.string()),
  year: z.optional(z.int()),
  /** True when the date (or year) was inferred rather than printed. */
  dateInferred: z.boolean(),
  weekday: z.optional(z.string()),
  lunarDate: z.optional(z.string()),
  serial: z.optional(z.int()),
  pagesToday: z.optional(z.int()),
})
export type IssueHead = z.infer<typeof IssueHead>

export const IssueBody = z.object({
  version: z.literal(BUNDLE_VERSION),
  issueId: z.string(),
  /** The issue's head, so that a deep link reads its issue from the body alone, without the paper-year's issue list. */
  issue: IssueHead,
  pages: z.array(Page),
})
export type IssueBody = z.infer<typeof IssueBody>

export const ArticleSummary = z.object({
  id: z.string(),
  kind: ArticleKind,
  title: z.string(),
  kicker: z.optional(z.string()),
  subtitle: z.optional(z.string()),
  /** Codes of the article's places, the main one first (for filtering without loading bodies). */
  places: z.optional(z.array(z.string())),
})
export type ArticleSummary = z.infer<typeof ArticleSummary>

export const PageSummary = z.object({
  id: z.string(),
  number: z.optional(z.int().check(z.positive())),
  label: z.optional(z.string()),
  name: z.optional(z.string()),
  sourceFile: z.string(),
  articles: z.array(ArticleSummary),
})
export type PageSummary = z.infer<typeof PageSummary>

export const IssueSummary = z.object({
  id: z.string(),
  ...IssueHead.shape,
  /** Path of the body file, relative to the bundle root (content-hashed once written). */
  body: z.string(),
  pages: z.array(PageSummary),
})
export type IssueSummary = z.infer<typeof IssueSummary>

export const Paper = z.object({
  id: z.string(),
  /** Display name, e.g. 嘉兴日报·平湖版; for an unnamed paper 未署名报纸 (·edition), never a name made up from its place. */
  name: z.string(),
  edition: z.optional(z.string()),
  locality: z.optional(z.string()),
  localityCode: z.optional(z.string()),
  /** True when the paper's name was not printed and had to be inferred. */
  nameInferred: z.boolean(),
  /** Set when no name was printed, given or inferable: why, in Chinese, for display. */
  unnamed: z.optional(z.string()),
})
export type Paper = z.infer<typeof Paper>

/** A paper in running text and lists: its name, or for an unnamed paper 未署名报纸 with its place, so two are told apart. */
export const paperLabel = (paper: Pick<Paper, 'name' | 'locality' | 'unnamed'>): string =>
  paper.unnamed && paper.locality ? `${paper.name}(${paper.locality})` : paper.name

export const PlaceLevel = z.enum(['province', 'city', 'county', 'town'])
export type PlaceLevel = z.infer<typeof PlaceLevel>

/** A division of the gazetteer that the bundle uses (a tagged place or one of its parents). */
export const PlaceEntry = z.object({
  code: z.string(),
  name: z.string(),
  level: PlaceLevel,
  parent: z.optional(z.string()),
})
export type PlaceEntry = z.infer<typeof PlaceEntry>

/**
 * catalog.json: every issue with its pages and article summaries, and every warning. It grows with the archive, so the
 * app never loads it: routes read index.json and the per-year files below, search its own manifest and shards.
 */
export const Catalog = z.object({
  version: z.literal(BUNDLE_VERSION),
  papers: z.array(Paper),
  /** Only the divisions the bundle refers to, with their parents, so the app never ships the whole gazetteer. */
  places: z._default(z.array(PlaceEntry), []),
  /** Newest first; undated issues last. */
  issues: z.array(IssueSummary),
  warnings: z.array(Warning),
})
export type Catalog = z.infer<typeof Catalog>

// ─── The split catalog: what the reader's routes load ──────────────────────────────────────────────────────────────
// index.json is small at any archive size and always revalidated; the year lists and month files it names carry a content
// hash in their path (years/…, places/…), so they can be cached forever; the id map's shards (lookup/p<prefix>/…) keep
// their names as the archive grows, so that adding a day rewrites only the shards it changes, and are revalidated. Helpers that name these files: ./layout.ts.

/** A page in an issue list: no article summaries; `lead` is its lead story's headline (only in index.json's latest issues). */
export const PageEntry = z.extend(z.omit(PageSummary, { articles: true }), { lead: z.optional(z.string()) })
export type PageEntry = z.infer<typeof PageEntry>

/** An issue in an issue list: what its summary says, with its pages named but not their articles. */
export const IssueEntry = z.extend(z.omit(IssueSummary, { pages: true }), { pages: z.array(PageEntry) })
export type IssueEntry = z.infer<typeof IssueEntry>

/** An issue's entry as its paper-year's issue list gives it, from its body and the body's path. */
export function issueEntryOf(body: IssueBody, path: string): IssueEntry {
  return {
    id: body.issueId,
    ...body.issue,
    body: path,
    pages: body.pages.map(({ id, number, label, name, sourceFile }) => ({ id, number, label, name, sourceFile })),
  }
}

/** An article that names a place, with where it is printed (for the place views). */
export const PlacedArticle = z.extend(ArticleSummary, {
  places: z.array(z.string()).check(z.minLength(1)),
  issueId: z.string(),
  /** Index of its page in the issue. */
  page: z.int().check(z.nonnegative()),
})
export type PlacedArticle = z.infer<typeof PlacedArticle>

/** A month of a year (null: issues known only by their year, or not dated). */
const MonthKey = z.nullable(z.int().check(z.gte(1)).check(z.lte(12)))

/**
 * places/<paperId>/<year>-<month>.<hash>.json: one paper's articles of one month that name a place, newest issue first,
 * in page order. A month, not a year: a city paper tags some 1,500 articles a month, and a year of them is too much to
 * load or to list at once.
 */
export const PlacedArticles = z.object({
  version: z.literal(BUNDLE_VERSION),
  paperId: z.string(),
  year: z.nullable(z.int()),
  month: MonthKey,
  articles: z.array(PlacedArticle),
})
export type PlacedArticles = z.infer<typeof PlacedArticles>

/** years/<paperId>/<year|undated>.<hash>.json: one paper's issues of one year, newest first. */
export const PaperYear = z.object({
  version: z.literal(BUNDLE_VERSION),
  paperId: z.string(),
  /** null: the issues whose year is unknown. */
  year: z.nullable(z.int()),
  issues: z.array(IssueEntry),
  /** The year's PlacedArticles files, one per month with articles that name a place, newest first. */
  places: z.array(z.object({ month: MonthKey, file: z.string() })),
})
export type PaperYear = z.infer<typeof PaperYear>

/** A year of a paper's archive as index.json lists it. */
export const YearEntry = z.object({
  year: z.nullable(z.int()),
  issues: z.int().check(z.nonnegative()),
  /** Its PaperYear file. */
  file: z.string(),
  /** Which days of the year have an issue: a bitmap in hex (layout.ts dayBitmap), so 往年今日 needs no year file. */
  days: z.string().check(z.regex(/^[0-9a-f]*$/)),
})
export type YearEntry = z.infer<typeof YearEntry>

/** Articles at a place or below it, and those mainly about it (its main place is there). */
export const PlaceCount = z.tuple([z.int().check(z.nonnegative()), z.int().check(z.nonnegative())])
export type PlaceCount = z.infer<typeof PlaceCount>

/** One paper's archive: its years (newest first, the unknown year last) and its place counts. */
export const PaperArchive = z.object({
  paperId: z.string(),
  years: z.array(YearEntry),
  /** Readable articles (no nameplates), and those that name a place. */
  articles: z.int().check(z.nonnegative()),
  tagged: z.int().check(z.nonnegative()),
  /** Place code → counts over this paper's articles (a place counts its sub-places' articles, each article once). */
  placeCounts: z.record(z.string(), PlaceCount),
})
export type PaperArchive = z.infer<typeof PaperArchive>

/** index.json: the first thing every route loads. Grows with papers, years and places, never with issues or articles. */
export const LibraryIndex = z.object({
  version: z.literal(BUNDLE_VERSION),
  papers: z.array(Paper),
  archives: z.array(PaperArchive),
  /** Each paper's newest issues, newest first overall (the home page), with their pages' lead headlines. */
  latest: z.array(IssueEntry),
  /** The divisions the bundle uses, with their parents. */
  places: z.array(PlaceEntry),
  /** The id map: lookup/<dir>/<first `prefix` hex digits of layout.ts keyHash(key)>.json, one LookupShard each. */
  lookup: z.object({ dir: z.string(), prefix: z.int().check(z.gte(1)).check(z.lte(6)) }),
})
export type LibraryIndex = z.infer<typeof LibraryIndex>

const YearKey = z.nullable(z.int())

/** One file of the id map: finds an article, an issue or a place's years without a table of the whole archive. */
export const LookupShard = z.object({
  /**
   * Article id → [issue id, page index, paper id, year, the issue's body digest (layout.ts bodyPath)]: a deep link goes
   * from this shard straight to the body, which says the rest of the issue.
   */
  articles: z.record(z.string(), z.tuple([z.string(), z.int().check(z.nonnegative()), z.string(), YearKey, z.string()])),
  /** Issue id → [paper id, year, its body digest]. */
  issues: z.record(z.string(), z.tuple([z.string(), YearKey, z.string()])),
  /** Place code → the paper-months with articles there: [paper id, year, month, articles at it or below, mainly about it]. */
  places: z.record(z.string(), z.array(z.tuple([z.string(), YearKey, MonthKey, z.int().check(z.nonnegative()), z.int().check(z.nonnegative())]))),
})
export type LookupShard = z.infer<typeof LookupShard>
