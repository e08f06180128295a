// Personal names in bylines: is a token a plausible Chinese name, and which padded characters (张  三) make one.
import { CJK } from './text'

/**
 * Common single and compound Chinese surnames: general linguistic data used to tell a bare name from a short headline.
 * Kept here rather than taken from the npm package `chinese-surnames`: that one is the classical 百家姓 in its rhyme
 * order, with many characters that are far more often words (水 花 云 家 平 强 经), so it would read labels as names.
 */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封鞠居迺揭郁楼诸竺虎来傅赖洪匡荆冀胥栗鄢谌奚冼蔺郜阚屠禹漆卿狄晁芮阙邸雍辜裘亓邰逯嵇昝'
/** The same surnames as Hong Kong, Macao and Taiwan papers print them (陳 黃 張 鄭…), and a few rarer ones (宦 井 諶). */
const TRADITIONAL_SURNAMES =
  '陳黃趙吳劉楊張許謝韓馮鄧蕭葉蔣蘇呂盧鍾譚陸賈鄒龔嚴錢顧龍賀羅孫馬鄭韋閻萬湯溫莊聶魯嶽關蘭喬龐顏鄺歐區麥鄔諶宦井'
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '夏侯', '令狐', '司徒', '端木']

const isSurname = (c: string): boolean => SURNAMES.includes(c) || TRADITIONAL_SURNAMES.includes(c)

/** A plausible personal name: surname + 1–2 characters, or a compound surname + 1–2; ethnic names with a middle dot. */
const DOTTED_NAME = new RegExp(`^[${CJK}]{1,6}·[${CJK}]{1,8}$`)
const HAN_NAME = new RegExp(`^[${CJK}]{2,4}$`)
const SHORT_HAN_NAME = new RegExp(`^[${CJK}]{2,3}$`)

/** A name's shape only, two or three characters, whatever the surname (花放, 小汤): for lists a role word or 摄 marks as names. */
export const hasShortNameShape = (token: string): boolean => SHORT_HAN_NAME.test(token)
const HAN_RUN = new RegExp(`^[${CJK}]+$`)

export function isPersonName(token: string): boolean {
  if (DOTTED_NAME.test(token)) return true
  if (!HAN_NAME.test(token)) return false
  if (COMPOUND_SURNAMES.some((s) => token.startsWith(s))) return token.length >= 3
  return token.length <= 3 && isSurname(token.charAt(0))
}

const SINGLE_HAN = new RegExp(`^[${CJK}]$`)

/** How much a pair of padded characters looks like a name: a surname first counts for it, a surname second a little against. */
const pairScore = (a: string, b: string): number => (isSurname(a) ? 2 : 0) - (isSurname(b) ? 1 : 0)

/**
 * Papers pad two-character names with spaces to line them up with three-character ones (本报记者  张  三  李  四), so
 * each character reaches us as a token. A run of single-character tokens pairs up into two-character names; a
 * three-character name is never padded, so a run never makes one. In an odd run one character stays alone: the one
 * whose leaving makes the pairs read most like surname + given name. `joinable` says which tokens may take part
 * (role words and the like never do). Linear in the number of tokens.
 */
export function joinSpacedNames(tokens: string[], joinable: (token: string) => boolean = () => true): string[] {
  const out: string[] = []
  let i = 0
  while (i < tokens.length) {
    const start = i
    while (i < tokens.length && SINGLE_HAN.test(tokens[i] ?? '') && joinable(tokens[i] ?? '')) i++
    if (i === start) {
      out.push(tokens[i] ?? '')
      i++
      continue
    }
    pairRun(tokens, start, i, out)
  }
  return out
}

/** Pairs tokens[start, end) of single characters into out, leaving one alone when the run is odd. */
function pairRun(tokens: string[], start: number, end: number, out: string[]): void {
  const c = (k: number): string => tokens[start + k] ?? ''
  const n = end - start
  // The character left alone sits at an even offset k; pairs before it align from the left, pairs after it from the right.
  let alone = -1
  if (n % 2 === 1) {
    const after: number[] = new Array<number>(n + 1).fill(0)
    for (let k = n - 3; k >= 0; k -= 2) after[k] = pairScore(c(k + 1), c(k + 2)) + (after[k + 2] ?? 0)
    let before = 0
    let best = -Infinity
    for (let k = 0; k < n; k += 2) {
      const score = before + (after[k] ?? 0)
      // Ties keep reading order: pairs from the left, the last character alone.
      if (score >= best) [best, alone] = [score, k]
      before += k + 1 < n ? pairScore(c(k), c(k + 1)) : 0
    }
  }
  for (let k = 0; k < n; ) {
    if (k === alone) {
      out.push(c(k))
      k += 1
    } else {
      out.push(c(k) + c(k + 1))
      k += 2
    }
  }
}

/**
 * Names printed run together without a space (张三李小明): split where every part is a surname and one or two more
 * characters, and only when exactly one such split exists; undefined when none or several do. Five characters at
 * least: two two-character words in a row (高温来袭) split as readily as two names.
 */
export function splitRunTogetherNames(token: string): string[] | undefined {
  if (token.length < 5 || token.length > 9 || !HAN_RUN.test(token)) return undefined
  const splits: string[][] = []
  const walk = (at: number, parts: string[]): void => {
    if (splits.length > 1) return
    if (at === token.length) {
      if (parts.length > 1) splits.push(parts)
      return
    }
    for (const n of [2, 3]) {
      const part = token.slice(at, at + n)
      if (part.length === n && isSurname(part.charAt(0))) walk(at + n, [...parts, part])
    }
  }
  walk(0, [])
  return splits.length === 1 ? splits[0] : undefined
}
