// Masthead and page furniture: recognise metadata tokens in a line (date,
// weekday, lunar date, CN number, serial, pages today, page number, editor,
// phone) and tell whether a line is nothing but such metadata.
import { CJK, pageDesignation, parseChineseNumber, parsePositive, toHalfWidth } from './text'

export interface MetaFields {
  paper?: string
  paperLatin?: string
  edition?: string
  organ?: string
  publisher?: string
  cn?: string
  date?: string
  /** Month and day printed without a year (11月30日 → 11-30): the page step may date it from the weekday and the year the text supports. */
  monthDay?: string
  weekday?: string
  lunarDate?: string
  pagesToday?: number
  serial?: number
  pageNumber?: number
  /** A lettered page's label (A2) instead of a number: pages of papers printed in sections. */
  pageLabel?: string
  pageName?: string
  editor?: string
  phone?: string
  hotline?: string
}

const NUM = '[0-9０-９]+|[一二三四五六七八九十百〇零两]+'
const S = '[ \\t\\u3000]*'
/** A telephone number: digits and dashes, its area code perhaps in brackets, a second number perhaps after a space. */
const PHONE = '(?:[(（][0-9０-９]{3,4}[)）])?[0-9０-９-]{3,}(?:[ \\t\\u3000]+[0-9０-９-]{5,})*'

/** A pattern, what it sets, and a literal (or a simple pattern) the line must contain: a cheap guard before a backtracking pattern. */
type Token = [RegExp, (m: RegExpMatchArray, f: MetaFields) => void, (string | RegExp)?]

/** A year of the sexagenary cycle (甲子 … 癸亥), as the lunar date names it. */
const LUNAR_YEAR = '[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]'

/** Year digits written as Chinese numerals (二〇二四) → 2024. */
const YEAR_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' }

function setDate(f: MetaFields, y: number | undefined, mo: number | undefined, d: number | undefined): void {
  if (y === undefined || mo === undefined || d === undefined) return
  if (y >= 1800 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) f.date = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** A month's name in Latin letters: the guard before the English date patterns. */
const LATIN_MONTH = /[JFMASOND][aepuco][nbrylgptvc]/
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A section letter before a page number; e-paper sites also print it in lower case (a0008版). */
const PAGE_LETTER = '[A-Za-zＡ-Ｚａ-ｚ]'

/** Two facing pages printed as one (第02-03版): labelled 2-3. */
function setSpread(f: MetaFields, first: string, last: string): void {
  const [a, b] = [parsePositive(first), parsePositive(last)]
  if (a !== undefined && b !== undefined && b > a) f.pageLabel = `${a}-${b}`
  else setPage(f, first, undefined)
}

/** The page a label names: a number, or a lettered page's label (A2) in its place. */
function setPage(f: MetaFields, num: string | undefined, letter: string | undefined): void {
  const page = pageDesignation(num ?? '', letter?.toUpperCase())
  if (page?.label) f.pageLabel = page.label
  else if (page) f.pageNumber = page.number
}

/** Words of a page's staff line: never a page name or an editor's name. */
const STAFF = '责任编辑|责编|美术编辑|美编|美术|编辑|校对|版式|审读|组版|制图|视觉'

const TOKENS: Token[] = [
  [new RegExp(`([0-9０-９]{4})${S}年${S}([0-9０-９]{1,2})${S}月${S}([0-9０-９]{1,2})${S}日`), (m, f) => {
    const [y, mo, d] = [m[1], m[2], m[3]].map((x) => Number(toHalfWidth(x ?? '')))
    setDate(f, y, mo, d)
  }, '年'],
  // 二〇二四年十一月三十日
  [/([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/, (m, f) => {
    const year = Number([...(m[1] ?? '')].map((c) => YEAR_DIGITS[c]).join(''))
    setDate(f, year, parseChineseNumber(m[2] ?? ''), parseChineseNumber(m[3] ?? ''))
  }, '年'],
  // 2024-11-30, 2024.11.30, 2024/11/30 standing alone in a masthead line, or naming the issue (第2020-10-04期)
  [new RegExp(`(?:第${S})?(?<![0-9.])(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(?![0-9.])(?:${S}期)?`), (m, f) => setDate(f, Number(m[1]), Number(m[2]), Number(m[3]))],
  // A date in a file's name as a site prints it (09_08_2024): the day when one number is past 12, else no day at all
  [/(?<![0-9])([0-9]{2})_([0-9]{2})_([0-9]{4})/, (m, f) => {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])]
    if (a > 12) setDate(f, y, b, a)
    else if (b > 12) setDate(f, y, a, b)
  }, '_'],
  // Mar 25, 2016 and 25 March 2016, as overseas papers date their pages
  [/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? ?([0-9]{1,2}),? ([0-9]{4})\b/, (m, f) => setDate(f, Number(m[3]), MONTHS.indexOf(m[1] ?? '') + 1, Number(m[2])), LATIN_MONTH],
  [/\b([0-9]{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? ([0-9]{4})\b/, (m, f) => setDate(f, Number(m[3]), MONTHS.indexOf(m[2] ?? '') + 1, Number(m[1])), LATIN_MONTH],
  // 11月30日 with no year before it (a full date was taken above)
  [new RegExp(`(?<![0-9０-９年])([0-9０-９]{1,2})${S}月${S}([0-9０-９]{1,2})${S}日`), (m, f) => {
    const [mo, d] = [m[1], m[2]].map((x) => Number(toHalfWidth(x ?? '')))
    if (mo && d && mo <= 12 && d <= 31 && !f.date) f.monthDay = `${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  }, '月'],
  // A year and the month·day beside it (2024 2·1), as some mastheads set the date
  [new RegExp(`(?<![0-9])((?:19|20)[0-9]{2})[ \\t\\u3000]+([0-9]{1,2})[·・]([0-9]{1,2})(?![0-9])`), (m, f) => setDate(f, Number(m[1]), Number(m[2]), Number(m[3])), /[·・]/],
  [/(?:星期|礼拜)[一二三四五六日天]/, (m, f) => void (f.weekday = m[0])],
  [new RegExp(`农历${S}[${CJK}]{2,16}`), (m, f) => void (f.lunarDate = m[0].replace(/^农历\s*/, '')), '农历'],
  // The lunar date without the word 农历: a year of the sexagenary cycle, a lunar month and day (癸卯年十二月廿二)
  [new RegExp(`${LUNAR_YEAR}年(?:闰)?[正一二三四五六七八九十冬腊]{1,2}月(?:初[一二三四五六七八九十]|[十廿][一二三四五六七八九]?|二十[一二三四五六七八九]?|三十)?`), (m, f) => void (f.lunarDate ??= m[0]), '年'],
  // Who governs and who publishes the paper (中共某某市委主管主办)
  [new RegExp(`[${CJK}]{2,16}?(?:主管主办|主管|主办)(?=$|[\\s|｜])`), (m, f) => void (f.organ ??= m[0]), '主'],
  [new RegExp(`今日${S}(${NUM})${S}[版张]`), (m, f) => void (f.pagesToday = parsePositive(m[1])), '今日'],
  [new RegExp(`[总總]第${S}(${NUM})${S}期`), (m, f) => void (f.serial = parsePositive(m[1])), /[总總]第/],
  // An issue's number on its own (第434期, 1886 期), as weeklies and county papers print it
  [new RegExp(`(?:^|(?<=[\\s|｜/>＞]))(?:第${S})?([0-9０-９]{1,5})${S}期(?=$|[\\s|｜/>＞])`), (m, f) => void (f.serial ??= parsePositive(m[1])), '期'],
  // A lettered page's label opening the line, its edition and name after a colon (A1:某某*要闻), and the day it was
  // compiled (>2024-06-03编印)
  [new RegExp(`^${S}(${PAGE_LETTER})${S}([0-9０-９]{1,2})${S}[:：]${S}(?:[${CJK}]{2,6}${S}[*＊]${S})?([${CJK}·]{2,8})(?=$|[\\s|｜>＞])`), (m, f) => {
    setPage(f, m[2], m[1])
    f.pageName = m[3]
  }, /[:：]/],
  [new RegExp(`[>＞]?${S}编印`), () => undefined, '编印'],
  [new RegExp(`(?:(?:国内统一连续出版物号|国内统一刊号)${S}[:：]?${S})?CN${S}\\d{2}${S}[-－]${S}\\d{4}(?:/[A-Z]+)?`, 'i'), (m, f) => void (f.cn = toHalfWidth(m[0]).replace(/^.*?(CN)/i, 'CN').replace(/\s+/g, ' ')), /cn/i],
  [new RegExp(`(?:邮发代号|代号)${S}[:：]?${S}\\d+${S}[-－]${S}\\d+`), () => undefined, '代号'],
  // 版次：03 and 版名：要闻, the page and its name as labelled fields (e-paper sites print them so)
  [new RegExp(`版次${S}[:：]?${S}(?:第${S})?(?:(${PAGE_LETTER})${S})?(${NUM})(?:${S}版(?![名次]))?`), (m, f) => setPage(f, m[2], m[1]), '版次'],
  [new RegExp(`版名${S}[:：]?${S}([${CJK}·]{2,8})(?=$|[\\s|｜])`), (m, f) => void (f.pageName = m[1]), '版名'],
  // 第3版 要闻, 第A2版：要闻, a section of two letters (第AA03版), a page named for a day (第A10版：11·8记者节) or with a
  // number of its own (第T07版:某某地铁NO.1), a spread (第02-03版：要闻), and 03版, B1版, 00003版 or a0008版 standing apart (not the 20版 of
  // 聚焦G20版图, nor 共16版); a page name may hold a bracketed word (党校（行政学院）通讯) or be letter-spaced (城 事); a
  // staff word labelling a name (视觉：张三) is no page name, but a page may be named so (第08版：视觉); a page of two
  // sections names both with a slash (第A09版:城事/相拍报)
  [new RegExp(`(?:^|${S})(?:第${S}(?:(${PAGE_LETTER}{1,2})${S})?(${NUM})(?:${S}[-－]${S}([0-9０-９]{1,3}))?${S}版|(?<![0-9A-Za-z０-９Ａ-Ｚａ-ｚ${CJK}])(${PAGE_LETTER}{1,2})?${S}([0０]*[0-9０-９]{1,3})${S}版(?=$|[\\s:：|｜]))(?:${S}[:：]?${S}(?!(?:${STAFF})(?:${S}[:：]|[ \\t\\u3000]+[${CJK}]))((?:[0-9０-９]{1,2}[·・][0-9０-９]{1,2})?[${CJK}·]{2,14}(?:[（(][${CJK}]{1,8}[）)][${CJK}·]{0,8}|[A-Za-z]{1,4}\\.?[0-9]{1,2}|[/／][${CJK}·]{2,8})?|[${CJK}](?:[ \\t\\u3000]{1,2}[${CJK}]){1,3})(?=$|[\\s|｜]))?`), (m, f) => {
    if (m[3] && m[2]) setSpread(f, m[2], m[3])
    else setPage(f, m[2] ?? m[5], m[1] ?? m[4])
    if (m[6]) f.pageName = m[6].replace(/[ \t\u3000]/g, '')
  }, '版'],
  // A page labelled in Chinese numerals opening the line, its name after a colon (二版：综合新闻)
  [new RegExp(`^${S}([一二三四五六七八九十]{1,3})${S}版${S}[:：]${S}([${CJK}·]{2,14})(?=$|[\\s|｜>＞]|[总總]第)`), (m, f) => {
    const n = parseChineseNumber(m[1] ?? '')
    if (n) f.pageNumber = n
    f.pageName = m[2]
  }, /^[\s\u3000]*[一二三四五六七八九十]{1,3}[\s\u3000]*版/],
  // A page's running head, the whole line: its name, then its number zero-padded or lettered (区域新闻 A06, 某某专页 05)
  [new RegExp(`^${S}((?=[0-9]{0,4}[${CJK}])[${CJK}0-9][${CJK}·0-9]{1,11})[ \\t\\u3000]+(?:(${PAGE_LETTER}{1,2})([0-9]{1,3})|0+([1-9][0-9]{0,2}))${S}$`), (m, f) => {
    setPage(f, m[3] ?? m[4], m[2])
    f.pageName = m[1]
  }, /[0-9]$/],
  // A lettered page's label, zero-padded, then its name, the whole line (A06 某某为你寄思念): a page's running head
  [new RegExp(`^${S}(${PAGE_LETTER}{1,2})(0[0-9]{1,2})[ \\t\\u3000]+([${CJK}·]{2,12})${S}$`), (m, f) => {
    setPage(f, m[2], m[1])
    f.pageName = m[3]
  }, /^[\s\u3000]*[A-Za-zＡ-Ｚａ-ｚ]{1,2}0/],
  // A lettered page's label and name with a bar between them, the whole line (A2 | 新聞)
  [new RegExp(`^${S}(${PAGE_LETTER})${S}([0-9０-９]{1,2})${S}[|｜]${S}([${CJK}·]{2,8})${S}$`), (m, f) => {
    setPage(f, m[2], m[1])
    f.pageName = m[3]
  }, /[|｜]/],
  // The night's duty staff and the paper's counsel, each label with one name or more (值班主任:某某 某某 首席编辑:某某),
  // and the page's staff beside them
  [new RegExp(`(?:(?:总值班|值班主任|值班编委|值班编辑|首席编辑|夜班编辑|(?:本报)?(?:常年)?法律顾问|美术编辑|美编|版式设计|版式|校对|审读|组版|制图)${S}[:：]${S}[${CJK}]{2,4}(?![${CJK}:：])(?:[ \\t\\u3000]+[${CJK}]{2,4}(?![${CJK}:：]))*${S})+`), () => undefined, /值班|首席编辑|夜班编辑|法律顾问/],
  // The page's editor: 责任编辑, 责编, 本版编辑, or 编辑 alone (not 美术编辑).
  [new RegExp(`(?:本版)?(?:责任编辑|责编|(?<!美术)编辑)${S}[:：]?${S}([${CJK}]{2,4}(?:${S}(?!电话|热线|${STAFF})[${CJK}]{2,4})?(?:[ \\t\\u3000]+(?!电话|热线|${STAFF})[${CJK}]{2,4}){0,3})`), (m, f) => void (f.editor = m[1].trim()), '编'],
  // The rest of the page's staff, however many: 美术编辑：钱七 校对：孙八
  [new RegExp(`(?:(?:美术编辑|美编|版式设计|版式|校对|编辑|审读|组版|制图|视觉)${S}[:：]?${S}[${CJK}]{2,4}${S})+`), () => undefined, /编|版式|校对|审读|组版|制图|视觉/],
  // A number may carry its area code in brackets ((0997)2142110) and a second number after it; the masthead prints a
  // line for each desk (新闻热线, 广告热线, 订阅热线), the newsroom's first.
  [new RegExp(`(?:(?:广告|订阅|发行|读者|服务|投诉|邮购)热线${S}[:：]?${S}(${PHONE})${S})+`), (m, f) => void (f.phone ??= toHalfWidth(m[1])), '热线'],
  [new RegExp(`(?:新闻|党报)?热线${S}[:：]?${S}(${PHONE})`), (m, f) => void (f.hotline ??= toHalfWidth(m[1])), '热线'],
  [new RegExp(`电话${S}[:：]?${S}(${PHONE})`), (m, f) => void (f.phone = toHalfWidth(m[1])), '电话'],
  // An overseas paper's founding year and issue number beside its date: Since 1997 No.108916
  [/Since ?(?:1[89]|20)[0-9]{2}/, () => undefined, 'Since'],
  [/No\. ?([0-9]{1,7})(?![0-9.])/, (m, f) => void (f.serial = parsePositive(m[1])), 'No.'],
  [new RegExp(`[${CJK}]{2,12}机关报`), (m, f) => void (f.organ = m[0]), '机关报'],
  [new RegExp(`[${CJK}]{2,16}出版(?=$|${S})`), (m, f) => void (f.publisher = m[0]), '出版'],
]

const MAX_META_LINE = 100
/** Every token above needs one of these: a line without any cannot be metadata, and most prose is rejected here. */
const TOKEN_MARKER = /年|[0-9]|星期|礼拜|农历|今日|总第|cn|代号|版|编辑|责编|美编|校对|审读|热线|电话|机关报|主管|主办|值班|法律顾问|[|｜]/i
/** The kinds of paper a name ends in (衢州日报, 钱江晚报, 义乌商报, 新华每日电讯), in simplified or traditional script (星島日報). */
const PAPER_KINDS = '[日晚时時商周週]报|[日晚时時商周週]報|都市[报報]|(?<![简簡公喜捷预預战戰板读讀看汇匯举舉情警电電海])[报報]|电讯|電訊'
const PAPER_NAME = new RegExp(`^[${CJK}]{2,8}(?:${PAPER_KINDS})$`)
const EDITION = new RegExp(`^[${CJK}]{2,6}版$`)
const LATIN_NAME = /^[A-Z][A-Z .'&-]{3,40}$/
/** A Latin nameplate in title case, with the edition a site adds after a dash: Moumou Daily - City Edition (Day). */
const LATIN_TITLE = /^(?:[A-Z][a-z]+ ){1,3}(?:Daily|News|Times|Evening Post|Post|Herald|Journal)(?: - [A-Za-z ()]{2,40})?$/
/** A page's number or label alone on the top line (02, A3, WB02), as sites print it above the article. */
const PAGE_ALONE = /^([A-Z]{0,2})[ ]?([0-9]{1,3})$/

/** Extracts metadata from one line; `rest` is what no token explained. */
export function readMetaLine(line: string): { fields: MetaFields; rest: string } {
  const fields: MetaFields = {}
  let rest = line
  for (const [re, apply, literal] of TOKENS) {
    if (literal !== undefined && (typeof literal === 'string' ? !rest.includes(literal) : !literal.test(rest))) continue
    const m = rest.match(re)
    if (!m || m.index === undefined) continue
    apply(m, fields)
    rest = rest.slice(0, m.index) + ' ' + rest.slice(m.index + m[0].length)
  }
  return { fields, rest: rest.replace(/[\s|｜·•,，/]+/g, ' ').trim() }
}

/** A line made only of metadata tokens (date line, CN line, 责任编辑 line…). */
export function isMetaLine(line: string): boolean {
  // Metadata lines are short; skipping prose here saves running every token pattern over every paragraph.
  if (line.length > MAX_META_LINE || !TOKEN_MARKER.test(line)) return false
  const { fields, rest } = readMetaLine(line)
  // A month and day alone (11月30日) may head a section of a story: metadata only beside another token (星期六, 第1版).
  return Object.keys(fields).some((k) => k !== 'monthDay') && rest.length <= 2
}

/**
 * A paper's name opening a line, in book-title marks or not, with what an e-paper site adds to it in its header
 * (数字报纸, 数字报, 电子版, - 数字报刊, 多媒体数字报刊平台), then the end of the line or a break before the rest.
 */
const PAPER_PREFIX = new RegExp(
  `^(?:[《〈][ \\t\\u3000]*)?([${CJK}]{2,8}?(?:${PAPER_KINDS}))(?:[ \\t\\u3000]*[》〉])?([\\s\\-—–·|｜:：_]*(?:多媒体)?(?:数字报[纸刊]?|电子(?:报刊?|版)|数字版)(?:平台|系统)?)?(?=$|[\\s（(【\\[0-9０-９·|｜,，:：\\-—])`,
)

/** Every paper kind ends in one of these: a cheap check before the prefix pattern. */
const PAPER_KIND_CHAR = /[报報讯訊]/

/** 丽水日报 数字报纸 → { paper: 丽水日报, epaper: true, rest: '' }; 《人民日报》（2024年…） → the paper and the rest of the line. */
export function readPaperPrefix(line: string): { paper: string; epaper: boolean; rest: string } | undefined {
  const t = line.trim()
  const m = PAPER_KIND_CHAR.test(t) ? t.match(PAPER_PREFIX) : null
  return m ? { paper: m[1] ?? '', epaper: m[2] !== undefined, rest: t.slice(m[0].length).trim() } : undefined
}

const SITE_ARCHIVE = /(?:数字|电子)[报報]$/

/** Nameplate lines that only count as masthead at the top of a page: paper name (bare or in an e-paper site's header), edition, Latin name. */
export function readNameplate(line: string): MetaFields | undefined {
  const t = line.trim()
  // Before the bare name: 某某日报数字报 would read as a paper of that whole name.
  const header = t.includes('数字') || t.includes('电子') ? readPaperPrefix(t) : undefined
  if (header?.epaper && !header.rest) return { paper: header.paper }
  // 历史数字报, 往期电子报: a site's archive, not a paper named so.
  if (PAPER_NAME.test(t) && !SITE_ARCHIVE.test(t)) return { paper: t }
  if (EDITION.test(t) && !/[第见转接]|^今日/.test(t)) return { edition: t }
  if (LATIN_NAME.test(t) && /(?:DAILY|NEWS|TIMES|EVENING|POST|HERALD|JOURNAL)\b/.test(t)) return { paperLatin: t }
  if (LATIN_TITLE.test(t)) return { paperLatin: t.replace(/ - .*$/, '') }
  return undefined
}

/**
 * A page's number or label alone (02, WB02): the page's own only as the first line of the page, where sites print it
 * above the article; anywhere else a number alone is a figure, a price or a list's mark.
 */
export function readPageAlone(line: string): MetaFields | undefined {
  const t = line.trim()
  const page = t.length <= 6 ? t.match(PAGE_ALONE) : null
  if (!page) return undefined
  const fields: MetaFields = {}
  setPage(fields, page[2], page[1] || undefined)
  return fields.pageNumber !== undefined || fields.pageLabel !== undefined ? fields : undefined
}
