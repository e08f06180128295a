// Bylines: 本报讯(记者 A 通讯员 B C), 融媒记者 X, 报道组, bare names under a
// headline, and photo credits ending in 摄. Output is authors with roles plus
// the byline text exactly as printed.
import type { Author, AuthorRole } from '../schema/bundle'
import { memoByLine } from './line-memo'
import { hasShortNameShape, isPersonName, joinSpacedNames, splitRunTogetherNames } from './person-name'
import { CJK, endsSentence } from './text'

/**
 * Whose reporter: the paper's own (本报) or a named agency, site, paper or station (新华社, 人民网, 某城日报某某新闻,
 * 某某日报社, 晨报, 某某电视台), maybe after the paper's Latin brand (ABC); then the reporter's rank (特派, 特约, 首席,
 * 见习, 融媒体, 全媒体…). All of it is part of the role word, never a name.
 */
/** The paper, agency or station a reporter writes for (本报, 新华社, 某某日报, 某某网): a regex source. */
export const REPORTER_ORG = `本报|[${CJK}]{1,10}?(?:[报報]社?|社|[网網]|电视台|電視台|融媒体中心|新闻|新聞)`
const REPORTER_RANK = `本报|特派|特约|特約|首席|见习|見習|实习|實習|星级|融媒体?|全媒体|全媒體|驻[${CJK}]{1,4}`
const REPORTER_OF = `(?:[A-Za-z]{1,6})?(?:${REPORTER_ORG})?(?:${REPORTER_RANK}){0,2}`
const REPORTER = `${REPORTER_OF}(?:记者|記者)`
const CORRESPONDENT = `(?:本报)?(?:特约)?(?:通讯员|通訊員)`

const ROLE_WORDS: [RegExp, AuthorRole][] = [
  [new RegExp(`^${REPORTER}$`), 'reporter'],
  [new RegExp(`^${CORRESPONDENT}$`), 'correspondent'],
  [/^(?:本报)?报道组$/, 'team'],
  [/^(?:实习生|撰稿|文|文\/图|图\/文|作者|文\/)$/, 'author'],
  [/^(?:摄影|图|摄|图\/|摄\/)$/, 'photographer'],
  [/^(?:责任编辑|编辑)$/, 'editor'],
]
/** Role words of a byline; 文/ 图/ 摄/ only with their slash (文/王小明 图/赵大勇), since 文 and 图 are also parts of names. */
const ROLE_PATTERN = `${REPORTER}|${CORRESPONDENT}|(?:本报)?报道组|实习生|責任編輯|责任编辑|摄影|文\\/图|图\\/文|文\\/|图\\/|摄\\/`
/** The marks local papers set before a byline: □记者 张三, ■ 文/王小明. */
const BYLINE_MARK = /^[□■●◎○◆◇▲△★☆▼▽►▶•\s\u3000]+/
const roleRe = new RegExp(`(${ROLE_PATTERN})[:：]?`, 'g')
const ROLE_TOKEN = new RegExp(`^(?:${ROLE_PATTERN})$`)
const ROLE_START = new RegExp(`^(?:${ROLE_PATTERN})`)
/** Longer than any byline line, datelines with many names included: prose. */
const BYLINE_LINE_MAX = 100
/** Something every line parseBylineLine accepts holds: a role word of ROLE_PATTERN, a bracket, or a byline mark. */
const BYLINE_CUE = /记者|記者|通讯员|通訊員|报道组|实习生|编辑|編輯|摄影|[文图摄]\/|[（(]|[□■●◎○◆◇▲△★☆▼▽►▶•]/
const ROLE_ANYWHERE = new RegExp(ROLE_PATTERN)

const AFTER_NAMES = /^(?:报道|报导|整理|撰文|采写|供稿|供图|摄影报道|发自[\u4e00-\u9fff]{1,6})$/

function roleOf(word: string): AuthorRole {
  return ROLE_WORDS.find(([re]) => re.test(word))?.[1] ?? 'author'
}

/** Separators between names; not the slash of a role word (文/ 图/ 摄/). */
const NAME_SEPARATOR = /[、，,；;|]|(?<![文图摄])\//
/** 摄 set close after the last name (记者 王五摄): parted from it, so it is not read as part of the name. */
const GLUED_PHOTO = new RegExp(`(?<=[${CJK}])摄(?=[）)]?(?:\\s|$))`, 'g')
const EDGE_MARKS = /^[（(:：]|[）):：]$/g
/** 摄 on its own is the one single-character token of a byline that is no part of a name. */
const namePart = (token: string): boolean => token !== '摄'

/**
 * Splits the names part of a byline: 徐正天 通讯员 周宇 → roles by the nearest preceding role word. Names padded to
 * line up (张  三 李小明) are joined again (see joinSpacedNames), never across a role word or a separator.
 */
export function parseAuthors(text: string, defaultRole: AuthorRole = 'author'): Author[] {
  const authors: Author[] = []
  let role = defaultRole
  const spaced = text.replace(roleRe, ' $1 ').replace(GLUED_PHOTO, ' 摄')
  for (const part of spaced.split(NAME_SEPARATOR)) {
    const tokens = part
      .split(/\s+/)
      .map((token) => token.replace(EDGE_MARKS, ''))
      .filter(Boolean)
    for (const token of joinSpacedNames(tokens, namePart)) {
      if (ROLE_TOKEN.test(token)) {
        role = roleOf(token)
        continue
      }
      // 摄, and the verbs that may follow the names: 报道, 整理, 采写…
      if (token === '摄' || AFTER_NAMES.test(token)) continue
      authors.push({ name: token, role })
    }
  }
  return authors
}

/** The office that closes an official's or an expert's title, as signed articles print it before the name. */
const OFFICE = '(?:书记|董事长|总经理|经理|总裁|主任|局长|部长|厅长|院长|校长|所长|会长|理事长|主席|省长|市长|县长|区长|州长|行长|社长|总编辑|司令员|政委|委员|教授|研究员)'
/**
 * A signed article's author under its title with their office before the name (某某集团有限公司党委书记、董事长 张三;
 * 某大学教授  李  四): the office is a run of words without sentence punctuation, ending in an office word.
 */
const OFFICE_AND_NAME = new RegExp(`^[^，,。；;：:！？!?\\s]{1,40}${OFFICE}[ \t\u3000]+([${CJK}][${CJK}·]{0,8}(?:[ \t\u3000]+[${CJK}])?)$`)
const OFFICE_CUE = new RegExp(`${OFFICE}[ \t\u3000]`)

/** Who put the piece together, named first (整理 张三, 撰文：李四, 讲述人：王五): a byline of names after it. */
/** Labels of who put the piece together: a verb (整理, 撰文) or a person labelled by what they did, with a colon (讲述人：). */
const GATHERER_LABEL = '(?:讲述|口述|撰稿|执笔|整理|采写|供稿)人(?=[ \\t\\u3000]*[:：])|整理|撰文|执笔|口述|编译'
const GATHERER_CUE = new RegExp(`^[ \\t\\u3000]*(?:${GATHERER_LABEL})`)
const GATHERER = new RegExp(`^(?:${GATHERER_LABEL})[ \\t\\u3000]*[:：]?[ \\t\\u3000]*(\\S.*)$`)

function gathererAndNames(text: string): Author[] | undefined {
  const names = joinSpacedNames((text.match(GATHERER)?.[1] ?? '').split(/[\s\u3000、，,]+/).filter(Boolean))
  return names.length && names.length <= 4 && names.every(isPersonName) ? names.map((name) => ({ name, role: 'author' as const })) : undefined
}

function officeAndName(text: string): Author[] | undefined {
  const name = text.match(OFFICE_AND_NAME)?.[1]?.replace(/[ \t\u3000]+/g, '')
  return name && isPersonName(name) ? [{ name, role: 'author' }] : undefined
}

/** A line that is only a byline: role words and names, nothing else; or a dateline with its names (本报讯(记者 A)) the wrap cut off its paragraph. */
export function parseBylineLine(text: string): Author[] | undefined {
  // Cheap tests first: a byline is a short line holding a role word, a bracket or a mark; the role pattern is costly.
  if (text.length > BYLINE_LINE_MAX) return undefined
  if (!BYLINE_CUE.test(text)) return OFFICE_CUE.test(text) ? officeAndName(text.trim()) : GATHERER_CUE.test(text) ? gathererAndNames(text.trim()) : undefined
  const marked = text.trim()
  // A byline in brackets on a line of its own, as briefs end: （通讯员 王五）
  const bracketed = marked.match(BRACKETED)
  if (bracketed) return ROLE_START.test(bracketed[1] ?? '') ? parseBylineLine(bracketed[1] ?? '') : undefined
  const t = marked.replace(BYLINE_MARK, '')
  // A mark before a name or two (□ 王小梅, ◎ 陈大海) sets off an author; names only, so a marked label (■ 快讯) is not one.
  if (t.length < marked.length && /[^\s\u3000]/.test(marked.slice(0, marked.length - t.length))) {
    const names = joinSpacedNames(t.split(/\s+/))
    if (names.length <= 3 && names.every(isPersonName)) return names.map((name) => ({ name, role: 'author' as const }))
  }
  const dateline = t.match(DATELINE)
  if (dateline && dateline[0].length === t.length && dateline[2]) {
    const authors = parseAuthors(dateline[2].slice(1, -1), 'reporter')
    return authors.length ? authors : undefined
  }
  if (!ROLE_START.test(t)) return namesAroundRoles(t)
  // A colon at the end introduces what follows (记者手记：, 记者观察：): a column's label, not a byline.
  if (/[。！？，,]/.test(t) || /[：:]$/.test(t) || (t.length > 40 && !NAME_LIST.test(t))) return undefined
  // The verb of those who gathered the story, run on to the last name (记者张三、李四报道), is no part of it.
  const authors = parseAuthors(t.replace(GATHERED_AFTER_NAME, ''))
  if (!authors.length || authors.some((a) => a.name.length > 5)) return undefined
  return authors
}

/** A long list of names joined by 、 (本报记者甲乙、丙丁、…, a roundup's reporters), no more than four characters each. */
export const NAME_LIST = new RegExp(`^[^、]{2,16}(?:、[${CJK}]{2,4}){3,}(?:${'(?:采访)?(?:整理|采写|撰文|报道|报导)'})?[）)]?$`)

/** The verb of whoever gathered a story, closing their byline: 整理, 采写, 撰文, 报道. Shared with closing notes. */
export const GATHERING_VERB = '(?:整理|采写|撰文|报道|报导)'
const GATHERED_AFTER_NAME = new RegExp(`(?<=[${CJK}])(?:采访)?${GATHERING_VERB}$`)

/** A name's own role after it: 张三/文 李四/图. */
const ROLE_AFTER_NAME = /\/(?:文|图|摄)(?=[\s\u3000]|$)/g

/**
 * A byline that opens with a name, then a role word and more names (张三 记者 李四, 张三 星级记者 李四/文 王五/图):
 * the names before the first role word are the correspondents'. Every name must read as a personal name.
 */
function namesAroundRoles(text: string): Author[] | undefined {
  const first = text.match(/^[^\s\u3000]{2,4}[\s\u3000]/)
  if (!first || !isPersonName(first[0].trim()) || text.length > 40 || !ROLE_ANYWHERE.test(text) || /[，。,；;：:]/.test(text)) return undefined
  const authors = parseAuthors(text.replace(ROLE_AFTER_NAME, ''), 'correspondent')
  return authors.length > 1 && authors.every((a) => isPersonName(a.name)) ? authors : undefined
}

/** A byline closing a paragraph after its last sentence, without brackets: …进行处理。 张三 记者 李四, …發展。 ■記者 陳某某. */
const TRAILING_PLAIN = /[。！？!?”][ \t\u3000]+([^。！？!?”，,；;：:（()）]{3,40})$/

const ON_HEADLINE = new RegExp(`^(.+?)[ \\t\\u3000]+((?:${ROLE_PATTERN})[:：]?[ \\t\\u3000]*[^ \\t\\u3000].*)$`)

/** A byline printed on the headline's own line: 大桥建成通车 本报记者 张三 → the headline and the byline. */
export function splitBylineOffHeadline(line: string): { headline: string; byline: string; authors: Author[] } | undefined {
  const m = line.trim().match(ON_HEADLINE)
  const authors = m ? parseBylineLine(m[2] ?? '') : undefined
  return m && authors ? { headline: (m[1] ?? '').trim(), byline: (m[2] ?? '').trim(), authors } : undefined
}

const BRACKETED = /^[（(]([^（()）]{2,40})[）)]$/
const TRAILING_BYLINE = /[（(]([^（()）]{2,40})[）)][ \t\u3000]*$/

/**
 * A byline closing the last paragraph, as briefs print it: …方便市民出行。（记者 张三 通讯员 李四） → the paragraph
 * without it, the byline and its authors. It must open with a role word and follow a sentence end.
 */
export function splitTrailingByline(paragraph: string): { rest: string; byline: string; authors: Author[] } | undefined {
  if (!paragraph.endsWith('）') && !paragraph.trimEnd().endsWith(')')) return splitTrailingPlain(paragraph.trimEnd())
  const m = paragraph.match(TRAILING_BYLINE)
  if (!m || m.index === undefined) return undefined
  const rest = paragraph.slice(0, m.index).trimEnd()
  if (rest && !endsSentence(rest)) return undefined
  // A role word (（记者 张三）), or personal names alone as a brief signs off: …有关情况。（张三 李四）
  const authors = ROLE_START.test(m[1] ?? '') ? parseBylineLine(m[1] ?? '') : rest ? (parseBareNames(m[1] ?? '') ?? runTogether(m[1] ?? '')) : undefined
  return authors ? { rest, byline: m[0].trim(), authors } : undefined
}

/** Names printed run together (陈某东徐某英, as a brief's closing brackets print them), when only one split makes them names. */
export function runTogether(text: string): Author[] | undefined {
  return splitRunTogetherNames(text.trim())?.map((name) => ({ name, role: 'author' as const }))
}

/** Names joined by slashes closing a paragraph right after its last sentence, as briefs sign off: …活动。张三/李四 */
const TRAILING_SLASHED = new RegExp(`[。！？!?”][ \\t\\u3000]*([${CJK}]{2,4}(?:[/／][${CJK}]{2,4}){1,3})$`)

/** The unbracketed byline closing a paragraph (see TRAILING_PLAIN): a role word, and nothing but names and role words. */
function splitTrailingPlain(paragraph: string): { rest: string; byline: string; authors: Author[] } | undefined {
  // Cheap test first: the byline's last name ends the paragraph, so it ends in a character of a name.
  if (endsSentence(paragraph) || paragraph.length < 8) return undefined
  const slashed = paragraph.slice(-24).match(TRAILING_SLASHED)
  const names = slashed?.[1]?.split(/[/／]/)
  if (slashed?.[1] && names?.every(isPersonName)) {
    return { rest: paragraph.slice(0, paragraph.length - slashed[1].length).trimEnd(), byline: slashed[1], authors: names.map((name) => ({ name, role: 'author' as const })) }
  }
  const m = paragraph.slice(-48).match(TRAILING_PLAIN)
  if (!m || !ROLE_ANYWHERE.test(m[1] ?? '')) return undefined
  const byline = (m[1] ?? '').trim()
  const authors = parseBylineLine(byline)
  if (!authors?.length || !authors.every((a) => isPersonName(a.name))) return undefined
  return { rest: paragraph.slice(0, paragraph.length - m[0].length + 1), byline, authors }
}

/** The word count an e-paper site sets after the names: 王五 李四 字数: 1500字, 王五 字数:. */
const WORD_COUNT = /[ \t\u3000]*(?:本文)?字数[:：]?[ \t\u3000]*(?:[0-9０-９]+[ \t\u3000]*字?)?$/

/**
 * A line of bare names under a headline (周毅辉 / 江洁 王一凡 / 江  洁 王一凡 / 江洁、王一凡, maybe with the site's
 * word count after them); every one must read as a personal name.
 */
export function parseBareNames(text: string): Author[] | undefined {
  const names = text.includes('字数') ? text.replace(WORD_COUNT, '') : text
  const tokens = joinSpacedNames(names.trim().split(/[\s、]+/))
  if (tokens.length > 6 || !tokens.every(isPersonName)) return undefined
  return tokens.map((name) => ({ name, role: 'author' as const }))
}

// A paper's own 讯 (星报讯) opens a dateline; a name ending in 电讯 (某某每日电讯记者…) is a paper named in prose, and
// 讯 in a word of prose (一则讯息, 通讯, 资讯, 喜讯) opens none.
const DATELINE = new RegExp(
  `^[【\\[]?(本报讯|又讯|[据據]?(?:本报|新华社|中新社|中新网|人民网|央视网|央广网)[${CJK}\\d]{0,14}?[讯电訊電]|[${CJK}]{2,8}(?<![电電的则則通资資喜审審音])[讯訊](?![息号號问問]))[】\\]]?[ \\t\\u3000]*([（(][^（()）]{1,60}[）)])?[ \\t\\u3000]*`,
)
/** A line or paragraph opening with a dateline (本报讯, 本报北京5月23日电, 新华社…电): a report's. */
export const isDatelineByline = (text: string): boolean => DATELINE_CUE.test(text.slice(0, 24)) && DATELINE.test(text.trimStart())

const LEADING_BYLINE = /^[（(]([^（()）]{2,40})[）)][ \t\u3000]*/
const DATELINE_CUE = /[讯电訊電]/
/** Role words and personal names after a dateline without brackets: 本报讯 记者 张三 通讯员 李四 近日，… */
const INLINE_BYLINE_TOKEN = /^([^\s\u3000]+)[ \t\u3000]+/

/** A dateline and nothing else on its line (本报杭州10月9日讯, 新华社北京4月28日电, 本报讯): its reporters may follow on the next. */
export function isBareDateline(line: string): boolean {
  const t = line.trim()
  if (!DATELINE_CUE.test(t.slice(0, 24))) return false
  const m = t.match(DATELINE)
  return m !== null && m[0].length === t.length && !m[2]
}

/** A dateline with nothing after it (新华社北京4月28日电): an agency's or the paper's, ending in 电. */
export function isDatelineAlone(line: string): boolean {
  const t = line.trim()
  const m = t.match(DATELINE)
  return m !== null && m[0].length === t.length && /[电電]$/.test(m[1] ?? '') && !m[2]
}

/** The role words and names that follow a bracketless dateline, as long as they are that: the byline part's length. */
function inlineBylineLength(rest: string): number {
  let at = 0
  let named = false
  for (let m = rest.match(INLINE_BYLINE_TOKEN); m; m = rest.slice(at).match(INLINE_BYLINE_TOKEN)) {
    let token = m[1] ?? ''
    let length = m[0].length
    // A padded name (记者 张  三): two single characters that make a personal name together.
    const next = token.length === 1 ? rest.slice(at + length).match(INLINE_BYLINE_TOKEN) : null
    if (next && next[1]?.length === 1 && isPersonName(token + next[1])) {
      token += next[1]
      length += next[0].length
    }
    const isRole = ROLE_TOKEN.test(token.replace(/[:：]$/, ''))
    // A name only after a role word or another name, and only a plausible personal name: 近日 is not one.
    if (!isRole && !(at > 0 && isPersonName(token))) break
    named ||= !isRole
    at += length
  }
  return named ? at : 0
}

/** A reporter naming themselves at the head of the story instead of a dateline: 某某晨报记者张三报道 记者从…获悉 */
const REPORTED_BY = new RegExp(`^(?:${REPORTER})[ \\t\\u3000]*((?:[${CJK}]{2,4}[ \\t\\u3000、]*){1,4}?)报道[ \\t\\u3000]+`)

/**
 * A reporter who wrote the text and took its pictures, signing at its head before the first sentence, with neither a
 * dateline nor brackets: 记者 张三 文/摄 4月18日，… The slashed roles say it is a byline: prose never reads so.
 */
const SIGNED_RUN_IN = new RegExp(`^(?:${REPORTER}|${CORRESPONDENT})[ \\t\\u3000]*((?:[${CJK}]{2,4}[ \\t\\u3000、]*){1,4}?)[ \\t\\u3000]*(?:文[/／][摄图]|[图摄][/／]文)[ \\t\\u3000]+`)

/** A reporter's signature opening the paragraph (REPORTED_BY, SIGNED_RUN_IN; names in group 1), if its names are personal names. */
function splitHeadSignature(paragraph: string, signature: RegExp): { byline: string; authors: Author[]; rest: string } | undefined {
  const m = paragraph.match(signature)
  if (!m || m[0].length === paragraph.length) return undefined
  const names = joinSpacedNames((m[1] ?? '').trim().split(/[\s\u3000、]+/))
  if (!names.length || !names.every(isPersonName)) return undefined
  return { byline: m[0].trim(), authors: names.map((name) => ({ name, role: 'reporter' as const })), rest: paragraph.slice(m[0].length) }
}

/** Paragraphs up to this long are remembered by splitDateline. */
const DATELINE_MEMO_MAX = 120

/** 本报讯(记者 A 通讯员 B)正文… → the dateline + byline part and the remaining paragraph text. */
function datelineOf(paragraph: string): { byline: string; authors: Author[]; rest: string } | undefined {
  // Cheap test first: a dateline opens with a bracket or has 讯 or 电 within its first characters; most prose has neither.
  const first = paragraph.charCodeAt(0)
  const head = paragraph.slice(0, 32)
  if (head.includes('/') || head.includes('／')) {
    const signed = splitHeadSignature(paragraph, SIGNED_RUN_IN)
    if (signed) return signed
  }
  if (first !== 0xff08 && first !== 0x28 && !DATELINE_CUE.test(paragraph.slice(0, 24))) return head.includes('报道') ? splitHeadSignature(paragraph, REPORTED_BY) : undefined
  // A byline in brackets opening the paragraph, with no 本报讯 before it: （记者 张三）近日，…
  const lead = paragraph.match(LEADING_BYLINE)
  if (lead && ROLE_START.test(lead[1] ?? '') && lead[0].length < paragraph.length) {
    const authors = parseBylineLine(lead[1] ?? '')
    if (authors) return { byline: lead[0].trim(), authors, rest: paragraph.slice(lead[0].length) }
  }
  const m = paragraph.match(DATELINE)
  if (!m || m[0].length === paragraph.length) return undefined
  const inner = m[2]?.slice(1, -1) ?? ''
  if (inner) return { byline: m[0].trim(), authors: parseAuthors(inner, 'reporter'), rest: paragraph.slice(m[0].length) }
  const inline = inlineBylineLength(paragraph.slice(m[0].length))
  const end = m[0].length + inline
  if (end === paragraph.length) return undefined
  return { byline: paragraph.slice(0, end).trim(), authors: inline ? parseAuthors(paragraph.slice(m[0].length, end), 'reporter') : [], rest: paragraph.slice(end) }
}

/**
 * datelineOf, remembered for the page: the classifier, the subhead rules, the unwrap, the block splitter and the
 * article builder ask it of the same lines. Its answers are shared, never changed. A long paragraph is read anew: its
 * cheap test is faster than a lookup keyed by the whole paragraph.
 */
export const splitDateline = memoByLine(datelineOf, DATELINE_MEMO_MAX)

// Names of one character too, for padded names (记者  王  五摄); parseAuthors joins them again. A name never opens with
// a role word, so 记者 is read one way only: without that, a run of role words backtracks exponentially.
// A transliterated foreign name runs longer, its parts joined by a middle dot (里泽克·阿卜杜勒贾瓦德).
const CREDIT_NAME = `(?!${ROLE_PATTERN})[${CJK}]{1,8}(?:[·・][${CJK}]{1,10}){0,3}`
const CREDIT_ROLE = `(?:(?:${ROLE_PATTERN})[:：]?[ \\t\\u3000]*)?`
/** An agency or paper handing out the picture (新华社发, 新华社 发), set before the photographer's credit or alone. */
const ISSUER = `[${CJK}]{1,10}?(?:社|网|报|台|视觉)[ \\t\\u3000]*发`
/** A mark set before a credit (■ 新华社记者 王五 摄), and the issuer before the names: parts of the credit, never names. */
const CREDIT_LEAD = `(?:[■□◆●▲△][ \\t\\u3000]*)?(?:${ISSUER}[ \\t\\u3000]*)?`
const CREDIT = new RegExp(
  `${CREDIT_LEAD}[（(]?(${CREDIT_ROLE}${CREDIT_NAME}(?:[ \\t\\u3000、]+${CREDIT_ROLE}${CREDIT_NAME}){0,11})[ \\t\\u3000]*摄(?:影)?(?:报道)?[）)]?$`,
)
const ISSUER_LINE = new RegExp(`^[（(]?${ISSUER}[）)]?$`)
/** An issuer alone closing a caption after its last sentence: …一片丰收景象。  新华社发 — a credit naming nobody. */
const ISSUED_ONLY = new RegExp(`(?<=[。！？!?”）)][ \\t\\u3000]*)[■□◆●]?[ \\t\\u3000]*[（(]?${ISSUER}[）)]?$`)

/** After 摄, where the picture comes from in brackets: （新华社发）, (某某中国). */
const CREDIT_SOURCE = /(?<=摄)[ \t\u3000]*[（(][^（()）\s]{1,8}[）)]$/

/**
 * A caption closed, after its last sentence and a space, by the agency alone (…合影。 新華社) or by a file picture's
 * label (資料圖片, 网络图片), as Hong Kong papers credit pictures: a credit naming nobody.
 */
const SOURCE_ONLY = new RegExp(`(?<=[。！？!?”][ \t\u3000]+)(?:[${CJK}]{1,4}社|(?:资料|資料|网络|網絡|档案|檔案)[图圖]片)$`)

/**
 * Names padded apart with wide spaces, as a credit line sets them to line up (尼  库, 阿尔达克  李  飞): prose never
 * runs such short pieces apart.
 */
const PADDED_NAME = new RegExp(`^[${CJK}]{1,4}(?:(?:[ \\t]{2,}|\\u3000+)[${CJK}]{1,4})+$`)
/** Who took a picture when no reporter did, set before the name in a credit. */
const CONTRIBUTOR = /(?:^|(?<=[ \t\u3000]))(?:拍友|网友|读者|市民|摄影爱好者|摄影师)[:：]?(?=[ \t\u3000]|$)/
const CONTRIBUTORS = new RegExp(CONTRIBUTOR.source, 'g')

/** A role set after a name with a slash: 王某/文 (the text's), 李某/摄 and 李某/图 (the picture's). */
const SLASHED_ROLE = new RegExp(`(?<=[${CJK}])[/／][文图摄](?=[ \\t\\u3000）)]|$)`, 'g')

/** 文 after a name, before another name and its 摄 (罗某某文  陈某某摄): the text's author, then the picture's. */
const TEXT_BY = new RegExp(`(?<=(?:^|[ \t\u3000（(])[${CJK}]{2,3})文(?=[ \t\u3000]+[${CJK}]{2,4}[ \t\u3000]*摄[）)]?$)`)

/** The characters a credit can end in (see splitCredit's tests of the ending), as UTF-16 units. */
const CREDIT_LAST = new Set([...'发摄影道）)社片'].map((c) => c.charCodeAt(0)))

/** Splits a photo credit (记者 X 摄 / (A B 摄) / 记者 X 摄影报道) off the end of a caption; the caption may be empty (a credit-only line). */
export function splitCredit(text: string): { caption: string; credit: string; authors: Author[] } | undefined {
  const full = text.trimEnd()
  // A credit set off by a square mark after the caption's last sentence (…蔚为壮观。 ■ 本报记者 张三) needs no 摄.
  const tail = full.slice(-MARKED_CREDIT_TAIL)
  if (tail.includes('■') || tail.includes('□')) {
    const marked = splitMarkedCredit(full)
    if (marked) return marked
  }
  // The agency or column the picture comes from, in brackets after 摄 (王五摄（新华社发）), belongs to the credit.
  const last = full.charCodeAt(full.length - 1)
  // Asked of every paragraph: one that ends in none of 发, 摄, 影 (摄影), 道 (报道) or a closing bracket is no credit.
  if (!CREDIT_LAST.has(last)) return undefined
  const source = last === 0xff09 || last === 0x29 ? (full.slice(-16).match(CREDIT_SOURCE)?.[0] ?? '') : ''
  const t = full.slice(0, full.length - source.length)
  // Cheap test of the ending first: the full pattern is slow on long paragraphs, and almost none end in 摄 or 发.
  if (/发[）)]?$/.test(t.slice(-2))) return splitIssued(t)
  if (last === 0x793e || last === 0x7247) return splitSourceOnly(t)
  // A role after a name with a slash (李某/摄, 王某/文 李某/摄) is read as the plain credit it stands for, the same length.
  const slashed = t.includes('/') || t.includes('／') ? t.replace(SLASHED_ROLE, (r) => (r.endsWith('文') ? '  ' : ' 摄')) : t
  // 文 closing a name before the photographer's credit (罗某某文  陈某某摄) says who wrote the text: a role, read as a space.
  const probe = slashed.includes('文') ? slashed.replace(TEXT_BY, ' ') : slashed
  if (!/摄(?:影)?(?:报道)?[）)]?$/.test(probe.slice(-5))) return undefined
  // The names may have taken the caption's last words (…将达60%以上 徐青青 摄 read as 以上 and 徐青青; 市民在公园里赏花 记者
  // 王五 摄 as one long name): the credit is then read again from the next space.
  for (let from = 0; ; ) {
    const m = probe.slice(from).match(CREDIT)
    if (!m || m.index === undefined) return undefined
    const at = from + m.index
    const credit = readCredit(t, at, m, source)
    if (credit) return credit
    const space = probe.slice(at).search(/[ \t\u3000]/)
    if (space < 0) return undefined
    from = at + space
  }
}

/** The credit that CREDIT matched at `at` in `t` (its names in m[1]), if it reads as one; `source` follows it. */
function readCredit(t: string, at: number, m: RegExpMatchArray, source: string): { caption: string; credit: string; authors: Author[] } | undefined {
  const caption = t.slice(0, at).trimEnd()
  // A credit must follow a sentence end, a space or stand alone; otherwise 摄 is part of a word in the text.
  if (caption && !/[。！？!?）)”\s]$/.test(t.slice(0, at))) return undefined
  // A contributor's label before the name (拍友 王五 摄, 网友 李四 摄) says who took it, as a role word does.
  const labelled = CONTRIBUTOR.test(m[1] ?? '')
  const names = labelled ? (m[1] ?? '').replace(CONTRIBUTORS, '') : (m[1] ?? '')
  const authors = parseAuthors(names, 'photographer').map((a) => ({ ...a, role: 'photographer' as const }))
  if (!authors.length || authors.some((a) => a.name.length < 2 || (a.name.length > 4 && !a.name.includes('·')))) return undefined
  // Without a role word only personal names make a credit: a line of prose ending in 摄影 (热爱摄影) is none. A name padded
  // apart on a line of its own (尼  库摄) is set as a credit, whatever the name (a transliteration has no surname).
  const padded = !caption && PADDED_NAME.test(names.trim())
  // Names in brackets with their 摄 ((海峰 摄), (小汤 摄)) are set as a credit: a given name or a nickname needs no known surname.
  const bracketed = /^[^（(]*[（(]/.test(m[0]) && /[）)]$/.test(m[0]) && authors.every((a) => hasShortNameShape(a.name))
  if (!labelled && !ROLE_ANYWHERE.test(names) && !padded && !bracketed && !authors.every((a) => isPersonName(a.name))) return undefined
  return { caption, credit: t.slice(at).trim() + source, authors }
}

/** How far from a caption's end a marked credit starts: a mark, a role and up to three names. */
const MARKED_CREDIT_TAIL = 24
/** Longest caption a marked credit closes: a story's text is longer, and its mark opens a byline of the text. */
const MARKED_CAPTION_MAX = 240
const MARKED_CREDIT = new RegExp(`(?<=[。！？!?”])[ \t\u3000]*[■□][ \t\u3000]*(${CREDIT_ROLE}[${CJK}]{2,4}(?:[ \t\u3000、]+[${CJK}]{2,4}){0,2})$`)

/** A caption closed, after its last sentence, by a square mark and the photographer (…蔚为壮观。 ■ 本报记者 张三). */
function splitMarkedCredit(text: string): { caption: string; credit: string; authors: Author[] } | undefined {
  const m = text.match(MARKED_CREDIT)
  if (!m || m.index === undefined || m.index > MARKED_CAPTION_MAX) return undefined
  const authors = parseAuthors(m[1] ?? '', 'photographer').map((a) => ({ ...a, role: 'photographer' as const }))
  if (!authors.length || !authors.every((a) => isPersonName(a.name))) return undefined
  return { caption: text.slice(0, m.index).trimEnd(), credit: text.slice(m.index).trim(), authors }
}

function splitSourceOnly(text: string): { caption: string; credit: string; authors: Author[] } | undefined {
  const m = text.slice(-12).match(SOURCE_ONLY)
  if (!m) return undefined
  const at = text.length - m[0].length
  return { caption: text.slice(0, at).trimEnd(), credit: m[0], authors: [] }
}

/** A caption closed by its issuer alone (…丰收景象。 新华社发), or a line that is nothing else: the credit names nobody. */
function splitIssued(text: string): { caption: string; credit: string; authors: Author[] } | undefined {
  const alone = ISSUER_LINE.test(text)
  const m = alone ? undefined : text.match(ISSUED_ONLY)
  if (!alone && (!m || m.index === undefined)) return undefined
  const at = m?.index ?? 0
  return { caption: text.slice(0, at).trimEnd(), credit: text.slice(at).trim(), authors: [] }
}
