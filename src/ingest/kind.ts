// What a story is: news, commentary or a notice, from the column it runs in (a tag in brackets after the title or a
// kicker), the byline (本报评论员), how it opens (a dateline marks a report), and the page it stands on (评论, 理论,
// or a page of signed essays).
import type { ArticleKind, Author } from '../schema/bundle'
import { isDatelineByline } from './byline'
import { readClosingNote, splitClosingNote } from './closing-note'
import type { Headline } from './headline'
import { isPersonName } from './person-name'

/**
 * A notice names itself at the end of its headline (招聘启事, 某公司招标公告, 遗失声明（第2号）); the same words inside
 * a headline (某某招标有限公司负责人…) are a name or a report's subject.
 */
const NOTICE = /(?:公益广告|广告|启事|声明|公告|通告|招聘|招标|讣告|遗失)(?:[（(][^（）()]{1,12}[）)])?[」』”"]?$/
/** Words that name opinion wherever they stand in a kicker or a title: no report calls itself 社论 (nor 致读者, 编者的话). */
const OPINION_WORD = /评论员|短评|时评|社论|评论|随笔|杂谈|言论|点评|漫谈|手记|致读者|(?:编者|小编|编辑|开栏|卷首)的话/
/**
 * The last word of an opinion column's name: 民生观, 创新谈, 体谈, 人民观点, 暖闻热评, 国际论坛, 思想纵横, 三农观察,
 * 编辑手记. A column names its genre at its end.
 */
const OPINION_GENRE = /(?:[观谈论评说语议言]|观点|观察|随笔|手记|杂谈|漫谈|论坛|纵横|札记|杂感)$/
/**
 * Words of reporting that open a column's name: 深度观察, 解码·…, 调查, 纪实, 走近…, 聚焦…, 视点. Such a column is a
 * feature, whatever its last word; and a picture column (图说) is no opinion either.
 */
const REPORTING = /^(?:深度|调查|解码|纪实|探访|直击|聚焦|视线|视点|走近|现场|特写|关注|新闻|图)/
/** Longest column name: longer tags (a campaign's motto, a series title) name no genre. */
const COLUMN_NAME_MAX = 8
/** A column's tag closing the title (因爱生花（民生观）), or opening it in lenticular brackets (【快评】…). */
const TRAILING_TAG = /[（(]([^（）()]{2,40})[）)]$/
const LEADING_TAG = /^[【〖[]([^【】〖〗[\]]{2,12})[】〗\]]/
const COMMENTATOR = /评论员|社论/
const PEN_NAME = /^[\u4e00-\u9fff]{2,3}$/
const COMMENTATOR_DATELINE = /^[■□◆●\s\u3000]*(?:本报|特约)?评论员/

/** A column's name or a series title, split at its dots (深度观察·未来产业…): is it an opinion column? */
export function isOpinionTag(tag: string): boolean {
  const parts = tag.split(/[·・•]/).map((p) => p.trim())
  if (parts.some((p) => REPORTING.test(p))) return false
  return parts.some((p) => OPINION_WORD.test(p) || (p.length <= COLUMN_NAME_MAX && OPINION_GENRE.test(p)))
}

/** The column names a headline carries: a short kicker (今日谈, 【钱塘评】) and tags in brackets on its title. */
function columnTags(headline: Headline): string[] {
  const tags: string[] = []
  const kicker = headline.kicker?.trim().replace(/[：:—]+$/, '')
  // A long kicker is a headline's first line or furniture above it, never a column's name.
  if (kicker && kicker.length <= COLUMN_NAME_MAX + 2) tags.push(kicker.replace(/^[【〖[]|[】〗\]]$/g, ''))
  const trailing = headline.title.match(TRAILING_TAG)?.[1]
  if (trailing) tags.push(trailing)
  const leading = headline.title.match(LEADING_TAG)?.[1]
  if (leading) tags.push(leading)
  return tags
}

export interface StoryParts {
  headline: Headline
  /** Byline lines as printed, the dateline among them. */
  bylines: string[]
  /** The first paragraph, before any dateline is taken off it. */
  opening: string
}

/**
 * A story's kind from its own parts. A notice names itself in its headline (启事, 公告); opinion is named by its column
 * (a kicker or a tag: 今日谈, （民生观）), a word no report uses of itself (社论, 短评), or the paper's commentator as
 * its byline. A story opening with a dateline (本报讯, 新华社…电) is a report, whatever column it runs in.
 */
export function storyKind({ headline, bylines, opening }: StoryParts): ArticleKind {
  // A banner's lines are joined in its title: a notice may name itself at the end of any of them (…公益广告 / 某单位 宣).
  // A report's dateline (新华社北京4月27日电（记者…）) makes it news about one (某平台不得插入商业广告): notices carry none.
  const dated = [...bylines, opening].some(isDatelineByline)
  if (!dated && [headline.kicker ?? '', ...headline.title.split('\n')].some((h) => NOTICE.test(h.trim()))) return 'ad'
  if (bylines.some((b) => COMMENTATOR.test(b)) || COMMENTATOR_DATELINE.test(opening)) return 'commentary'
  if (dated) return 'news'
  // A pen name in brackets closing the title, with no byline (…之举（钟声）, …（任仲平）): the paper's signed commentary.
  const signature = headline.title.match(TRAILING_TAG)?.[1]
  if (!bylines.length && signature && PEN_NAME.test(signature) && isPersonName(signature)) return 'commentary'
  const tags = columnTags(headline)
  return tags.some(isOpinionTag) || OPINION_WORD.test(headline.title.replace(TRAILING_TAG, '')) ? 'commentary' : 'news'
}

/** The bullet a column of briefs sets before each one. */
export const BRIEF_BULLET = /^[\s\u3000]*[●◆★☆▲]/
/** Longer than a picture's caption (see photo.ts): running prose. */
const STORY_CHARS = 240
const SENTENCE_END = /[。！？!?]/g

/**
 * Text with no headline above it: a story whose headline the page lost (cut off by the e-paper copy, or printed on the
 * page before) when it opens with a dateline or runs on in sentences longer than a caption; anything else (a row of
 * titles, a site's notice, a stray line) stays unclassified.
 */
export function untitledKind(paragraphs: readonly string[]): 'news' | 'unclassified' {
  const first = paragraphs[0] ?? ''
  // A bulleted brief (● 某某出版了…。) in a column of them is a short report.
  if (isDatelineByline(first) || (BRIEF_BULLET.test(first) && /[。！？!?]/.test(paragraphs.join('')))) return 'news'
  let chars = 0
  let sentences = 0
  for (const p of paragraphs) {
    chars += p.length
    sentences += p.match(SENTENCE_END)?.length ?? 0
  }
  return chars > STORY_CHARS && sentences >= 2 ? 'news' : 'unclassified'
}

export interface KindedStory {
  kind: ArticleKind
  authors: Author[]
  byline?: string
  paragraphs: string[]
}

const OPINION_PAGE = /评论|理论|言论|观点|时评|论坛|智库|思想/
/** Pages of reports, of letters and of history print signed pieces that are no opinion: 综合报道, 校院新闻, 副刊, 文史. */
const NON_OPINION_PAGE = /报道|新闻|通讯|副刊|文史|党史|国史|历史|文艺|文学/
/** How many signed essays make a page of them. */
const ESSAYS_MIN = 2

/** A closing note saying someone gathered the story by interview: （作者为某公司机长，本报记者张三采访整理）. */
const GATHERED_NOTE = /(?:采访|口述)整理[）)]$|记者[^（()）]{1,12}整理[）)]$/

/**
 * A report: a dateline, or a reporter or correspondent among its people, or a first-person account a reporter wrote
 * down (…采访整理): that speaks for its teller, not for the paper's opinion.
 */
const isReport = (a: KindedStory): boolean =>
  (a.byline ?? '').split('\n').some(isDatelineByline) ||
  a.authors.some((x) => x.role === 'reporter' || x.role === 'correspondent') ||
  GATHERED_NOTE.test((a.paragraphs[a.paragraphs.length - 1] ?? '').slice(-60).trimEnd())

/** A piece signed by its writers alone (张三 under the headline, （作者为…）below it), with no dateline or reporter. */
const isSignedEssay = (a: KindedStory): boolean => a.kind === 'news' && a.authors.length > 0 && !isReport(a)

/** A story closing with a note on who its author is: （作者系某研究院研究员）, （作者单位：某大学）. */
function closesWithAuthorNote(a: KindedStory): boolean {
  const last = a.paragraphs[a.paragraphs.length - 1] ?? ''
  return (readClosingNote(last) ?? splitClosingNote(last))?.kind === 'author-note'
}

/**
 * Kinds a story takes from its page. A page of opinion (评论, 理论, 智库) prints commentary, but for its reports.
 * A page of signed essays — several of them, no report among them, and an author introduced as an expert at the foot
 * of one (（作者系…研究员）) — is a theory page whatever its name, unless the name says it prints reports, letters or
 * history. Signed pieces without such a note are as often travel sketches or memoirs.
 */
export function settlePageKinds(stories: KindedStory[], pageName: string | undefined): void {
  const news = stories.filter((a) => a.kind === 'news')
  const opinionPage = pageName !== undefined && OPINION_PAGE.test(pageName)
  const essayPage = !opinionPage && !NON_OPINION_PAGE.test(pageName ?? '') && !news.some(isReport) && news.filter(isSignedEssay).length >= ESSAYS_MIN && news.some(closesWithAuthorNote)
  if (!opinionPage && !essayPage) return
  for (const a of news) if (!isReport(a)) a.kind = 'commentary'
}
