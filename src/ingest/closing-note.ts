// Closing notes: the short lines that end a story below its last paragraph. They are the story's, not its prose:
//   author note     （作者为某大学教授） （作者张三系某研究院研究员） （作者单位：某研究院）
//   byline          （本报记者 张三采访整理） （本报记者 张三 整理） （记者 张三）
//   source          （来源：某某网） 来源：新华社
//   photo credit    李四摄  新华社记者 王五摄  新华社发  视觉中国供图
//   signature       a reader's letter signed off: 某省某市读者, 某省某市  张三
// Reading one gives its kind and the people it names; the caller keeps the line's text verbatim.
import type { Author } from '../schema/bundle'
import { GATHERING_VERB, NAME_LIST, parseBareNames, parseBylineLine, runTogether, splitCredit } from './byline'
import { hasShortNameShape, isPersonName, joinSpacedNames } from './person-name'
import { CJK, endsSentence } from './text'

export type ClosingNoteKind = 'author-note' | 'byline' | 'source' | 'reference' | 'photo-credit' | 'signature'

/** What a closing note is and the people it names (none for 来源：某某网 or 新华社发). */
export interface ClosingNote {
  kind: ClosingNoteKind
  authors: Author[]
}

/**
 * One person credited for the story's graphic or layout (制图：张三, 版式设计：李  四), alone on a line under its prose: the story's
 * credit, as a photo credit is; a staff line of the page names several roles.
 */
const LAYOUT_CREDIT = new RegExp(`^(?:制图|绘图|插图|漫画|图表|版式设计|版式|设计|(?:本期|本版)?(?:统筹|策划))[ \t\u3000]*[:：][ \t\u3000]*[${CJK}](?:[ \t\u3000]{0,2}[${CJK}]){1,3}$`)
export const isLayoutCredit = (line: string): boolean => LAYOUT_CREDIT.test(line.trim())

/** Closing notes are short; a longer line is prose, and is not looked at further. */
const MAX_NOTE = 60
/** Every kind of note carries one of these; most lines of prose that are short enough carry none. */
const NOTE_CUE = /作者|来源|记者|通讯员|实习生|摄|发|供图|提供|整理|采写|撰文|报道|报导|执笔|[）)]$/
/** A note in round brackets, or in tortoise-shell ones when it holds round ones itself (〔作者系某党校（行政学院）副校长〕). */
const BRACKETED = /^(?:[（(]([^（()）]+)[）)]|〔([^〔〕]+)〕)$/
/** The writers of a piece signed by a team: 执笔：张三、李四 (执笔人 too). */
const PENNED = /^执笔人?[:：][ \t\u3000]*(.+)$/

/** 作者 (or 本文作者) opening an author note; what follows names the author, if at all, and says who they are. */
const AUTHOR_NOTE = /^(?:本文)?作者/
/** Where the description starts: 为 系 是 (分别为, 均系), or 单位：. Names may only stand before it. */
const COPULA = /(?:分别|均|现)?(?:为|系|是|任职于|供职于|就职于)|单位[:：]?/g
/** 来源：某某网, and its kin with a word before 来源 (稿件来源：, 本文来源：). */
const SOURCE = new RegExp(`^[${CJK}]{0,2}来源[:：][ \\t\\u3000]*([^。！？；;]{1,40})$`)
/** An agency or a paper hands out the picture: 新华社发, 中新网发, 人民视觉发; a 摄 credit may follow (新华社发 王五摄). */
const ISSUED = new RegExp(`^[${CJK}]{1,10}?(?:社|网|报|台|视觉)[ \\t\\u3000]*发(?:[ \\t\\u3000]*(.+))?$`)
/** A picture supplied by someone: 视觉中国供图, 受访者供图, 通讯员 张三 供图, 图片由受访者提供. */
const SUPPLIED = /^(?:图片由([^，,。；;]{1,20})提供|([^，,。；;]{2,24}?)[ \t\u3000]*供图)$/
/** The verb closing a byline of someone who gathered the story: 整理, 采访整理, 采写, 撰文, 报道. */
const GATHERED = new RegExp(`([ \\t\\u3000]*)(?:根据|据)?(?:参与)?(?:采访|口述)?${GATHERING_VERB}$`)

/**
 * Reads a line that closes a story: an author note, a byline (with 整理 and the like), a source, or a photo credit,
 * standing alone (or in brackets) on the line. Returns its kind and the people it names with their roles — author for
 * 作者 notes, the byline's own roles (reporter for 本报记者 张三整理), photographer for 摄 — or no people when it names
 * none. Undefined when the line is not such a note.
 *
 *   readClosingNote('（作者为某大学教授）')            → { kind: 'author-note', authors: [] }
 *   readClosingNote('（作者张三系某研究院研究员）')     → { kind: 'author-note', authors: [{ name: '张三', role: 'author' }] }
 *   readClosingNote('（本报记者 张三采访整理）')        → { kind: 'byline', authors: [{ name: '张三', role: 'reporter' }] }
 *   readClosingNote('来源：新华社')                    → { kind: 'source', authors: [] }
 *   readClosingNote('新华社记者 王五摄')               → { kind: 'photo-credit', authors: [{ name: '王五', role: 'photographer' }] }
 */
export function readClosingNote(line: string): ClosingNote | undefined {
  if (line.length > MAX_NOTE * 2) return undefined
  const t = line.trim()
  // A closing dateline may name many places, and its reporters after it (（本报北京、东京1月16日电  记者张三、李四）).
  const filed = /[）)]$/.test(t) ? datelineWithReporters(t) : undefined
  if (filed) return filed
  // The attachment a document closes with (附件：某某考核指标（见图）, 附表2：…): the document's, never a headline.
  if (ATTACHMENT.test(t)) return { kind: 'reference', authors: [] }
  // A roundup names all its reporters at its foot: （本报记者甲乙、丙丁、…）, longer than any other note.
  if (t.length < 2 || (t.length > MAX_NOTE && !NAME_LIST.test(t.replace(/^[（(]/, '')))) return undefined
  if (t.includes('据') && SOURCE_BY.test(t)) return { kind: 'source', authors: [] }
  if (!NOTE_CUE.test(t)) return signature(t)
  const bracketed = t.match(BRACKETED)
  const inner = (bracketed?.[1] ?? bracketed?.[2] ?? t).trim()
  if (AUTHOR_NOTE.test(inner)) return authorNote(inner, bracketed !== null)
  // A piece written by a team names its writers last: （执笔：张三、李四）.
  const penned = inner.match(PENNED)
  if (penned) {
    const names = namesIn(penned[1] ?? '')
    return names?.length ? { kind: 'author-note', authors: names } : undefined
  }
  const source = inner.match(SOURCE)
  if (source) return { kind: 'source', authors: sourcePeople(source[1] ?? '') }
  return photoCredit(t, inner) ?? gatheredBy(inner, bracketed !== null) ?? bracketedNote(t)
}

/** A letter signed by a reader of a place (某省某市读者), with their name after it or not (某市读者 张三). */
const SIGNED_AS = new RegExp(`^[${CJK}]{1,10}(?:省|市|县|区|州|镇|乡|村)读者(?:[ \\t\\u3000]+(.+))?$`)
/** A letter signed with the writer's place and name, set apart by spaces: 某省某市  张三. */
const SIGNED_FROM = new RegExp(`^[${CJK}]{1,10}(?:省|市|县|区|州|盟|旗)[ \\t\\u3000]+(.+)$`)

/** The signature closing a reader's letter, naming the writer when it does. */
function signature(t: string): ClosingNote | undefined {
  const as = t.match(SIGNED_AS)
  if (as) {
    const names = as[1] ? namesIn(as[1]) : []
    return names ? { kind: 'signature', authors: names } : undefined
  }
  const from = t.match(SIGNED_FROM)
  const names = from ? namesIn(from[1] ?? '') : undefined
  return names?.length ? { kind: 'signature', authors: names } : undefined
}

/** An attachment's label opening the line: 附件：, 附件2：, 附表：, 附图1：, 附： */
const ATTACHMENT = /^附(?:件|表|图)?[0-9０-９一二三四五六七八九十]{0,2}[：:]/
/** A note in brackets sending the reader to another page for more: （相关报道见第二版）, （《决定》全文见第十版）. */
const CROSS_REFERENCE = /^[（(][^（()）]{0,24}见[^（()）]{0,8}版[^（()）]{0,6}[）)]$/
/** A dateline or source in brackets closing a story: （本报比什凯克7月14日电）, （据新华社电）, （本报综合）. */
const CLOSING_DATELINE = /^[（(](?:本报|新华社|中新社|据|综合|本刊|记者)[^（()）]{0,30}(?:电|报道|综合|消息|整理)[）)]$/

/**
 * A source set alone with 据 (据新华社, □据 《某某晚报》, 据新华社电, 据某某市人民法院): where the story was taken from. 据介绍,
 * 据统计 and their kin open prose; a line of that shape alone stands for nothing else.
 */
const SOURCE_BY = new RegExp(`^[□■◆●]?[ \\t\\u3000]*据[ \\t\\u3000]*(?!介绍|统计|了解|悉|报道|调查|测算|估计|分析|预测|透露|称|说|初步|不完全|记者|专家|业内|官方|相关|此|该|其)(?:《[^《》]{2,20}》|[${CJK}·]{2,14})(?:等)?(?:[ \\t\\u3000]*(?:消息|报道|电))?$`)

/** The end of a series, in brackets: （本系列评论结束）, （本组稿件完）. A piece's own （完） stays its prose's. */
const SERIES_END = /^[（(]本[^（()）]{1,10}(?:结束|完)[）)]$/

/** Where a reprinted piece first ran, in brackets: （摘编自《某某日报》，原题为《…》）, （原载《某某》2024年第3期）. */
const REPRINTED = /^[（(](?:摘编自|摘自|选编自|转载自|转自|原载于?|来自)[^（()）]{2,50}[）)]$/

/** A closing dateline with the reporters who filed it, in one pair of brackets: （本报某地1月16日电  记者张三、李四）. */
const DATELINE_REPORTERS = /^[（(](?:本报|新华社|中新社)[^（()）]{1,80}?电[ \t\u3000]+(?:本报|新华社|中新社)?记者[ \t\u3000]*([^（()）]{2,80})[）)]$/

function datelineWithReporters(t: string): ClosingNote | undefined {
  const m = t.match(DATELINE_REPORTERS)
  if (!m) return undefined
  // Those who took part are named after a comma (记者张三、李四，王五、赵六参与采写): writers too.
  const [filed = '', helped] = (m[1] ?? '').split(/[，,](?=[^，,]+参与(?:采写|采访|报道)$)/)
  const names = namesIn(filed)
  const helpers = helped === undefined ? [] : namesIn(helped.replace(/参与(?:采写|采访|报道)$/, ''))
  if (!names?.length || !helpers) return undefined
  return { kind: 'byline', authors: [...names, ...helpers].map((a) => ({ ...a, role: 'reporter' as const })) }
}

/** A cross-reference, a closing dateline or a reprint's source in brackets: notes that name nobody. */
function bracketedNote(t: string): ClosingNote | undefined {
  if (CROSS_REFERENCE.test(t)) return { kind: 'reference', authors: [] }
  if (REPRINTED.test(t)) return { kind: 'source', authors: [] }
  if (SERIES_END.test(t)) return { kind: 'reference', authors: [] }
  return CLOSING_DATELINE.test(t) ? { kind: 'source', authors: [] } : undefined
}

/**
 * A closing note set at the end of the last paragraph, after its last sentence: …的必由之路。（作者为某大学教授）
 * → the paragraph without it, the note as printed, its kind and people.
 */
export function splitClosingNote(paragraph: string): ({ rest: string; note: string } & ClosingNote) | undefined {
  const end = paragraph.trimEnd()
  if (!end.endsWith('）') && !end.endsWith(')')) return undefined
  const open = Math.max(end.lastIndexOf('（'), end.lastIndexOf('('))
  if (open < 0 || end.length - open > MAX_NOTE) return undefined
  const rest = end.slice(0, open).trimEnd()
  if (rest && !endsSentence(rest)) return undefined
  const note = readClosingNote(end.slice(open))
  return note && { rest, note: end.slice(open), ...note }
}

/** 作者[本文作者] + names? + 为/系/单位：… ; or 作者：names, and what follows a comma. Unbracketed only with its colon, as prose may open with 作者为此… */
function authorNote(inner: string, bracketed: boolean): ClosingNote | undefined {
  const rest = inner.replace(AUTHOR_NOTE, '')
  const colon = rest.match(/^[:：][ \t\u3000]*([^，,；;。]+)/)
  if (colon) {
    const names = namesIn(colon[1] ?? '')
    return names && { kind: 'author-note', authors: names }
  }
  if (!bracketed && !/^单位[:：]/.test(rest)) return undefined
  // The first place a description can start with only names (or nothing) before it: 作者王为民系… has its 系 after 王为民.
  for (const m of rest.matchAll(COPULA)) {
    const names = namesIn(rest.slice(0, m.index))
    if (names) return { kind: 'author-note', authors: names }
  }
  return undefined
}

/** A list of this many names or more may hold a name the surname list does not know. */
const LONG_LIST = 4

/** Personal names separated by spaces, 、 or 和/与/及 (padded ones joined); [] for none, undefined when something else stands there. */
function namesIn(text: string): Author[] | undefined {
  const tokens = joinSpacedNames(text.split(/[\s、,，和与及]+/).filter(Boolean))
  // In a long list after its role word, a name of a rare surname (花放) stands among common ones: most must read as names.
  const names = tokens.filter(isPersonName).length
  const listed = tokens.length >= LONG_LIST && names * 4 >= tokens.length * 3 && tokens.every(hasShortNameShape)
  if (names < tokens.length && !listed) return undefined
  return tokens.map((name) => ({ name, role: 'author' as const }))
}

/** People a source names, when it names any: 来源：新华社 记者 张三. An agency or a site alone names none. */
function sourcePeople(content: string): Author[] {
  const afterSource = content.replace(/^[^\s\u3000]+[\s\u3000]+/, '')
  return parseBylineLine(content) ?? (afterSource !== content ? parseBylineLine(afterSource) : undefined) ?? []
}

/** A credit line: names + 摄, an agency's 发 (with a 摄 credit after it or not), or 供图 / 由…提供. */
function photoCredit(line: string, inner: string): ClosingNote | undefined {
  const credit = splitCredit(line)
  if (credit && !credit.caption) return { kind: 'photo-credit', authors: credit.authors }
  const issued = inner.match(ISSUED)
  if (issued) {
    const after = issued[1] ? splitCredit(issued[1]) : undefined
    if (issued[1] && (!after || after.caption)) return undefined
    return { kind: 'photo-credit', authors: after?.authors ?? [] }
  }
  const supplied = inner.match(SUPPLIED)
  return supplied ? { kind: 'photo-credit', authors: parseBylineLine(supplied[1] ?? supplied[2] ?? '') ?? [] } : undefined
}

/**
 * A byline, possibly closed by the verb of whoever gathered the story: （本报记者 张三采访整理）, 本报记者 张三 整理,
 * （记者 张三）, or bare names in brackets as briefs end (（张三 李四）). Bare names need brackets or a space before
 * the verb, so a phrase such as 关于报道 is not one.
 */
function gatheredBy(inner: string, bracketed: boolean): ClosingNote | undefined {
  const verb = inner.match(GATHERED)
  const names = verb ? inner.slice(0, verb.index).trimEnd() : inner
  const byRole = names ? parseBylineLine(names) : undefined
  if (byRole) return { kind: 'byline', authors: byRole }
  if (!(bracketed || verb?.[1])) return undefined
  const bare = parseBareNames(names) ?? (verb ? undefined : runTogether(names))
  return bare && { kind: 'byline', authors: bare }
}

