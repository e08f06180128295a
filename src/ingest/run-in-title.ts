// A title run into its story's first paragraph on one line: text copied from an e-paper site whose page flattens
// the title and the body into one line (某某再不敢 坐餐厅吃饭了 昨日15时许,市民…). The title is the short spaced
// parts before the prose: no part of it holds a sentence's punctuation, and the prose opens with a dateline
// (本报讯(记者 某某)…) or a clause long enough to be no headline part.
import { splitDateline } from './byline'

/** Punctuation inside a clause or closing one: a headline part has none of it. */
const CLAUSE_PUNCTUATION = /[，。；！？、,;!?]/
/** A title of fewer characters is a word opening prose (近日 …), not a headline. */
const TITLE_MIN = 6
const TITLE_MAX = 30
/** A title has at most this many spaced parts. */
const TITLE_PARTS = 3
/** A part opening prose: this long at least, with a clause's punctuation. */
const PROSE_PART_MIN = 12
/** The paragraph left after the title is at least this long: a one-line story, not a caption. */
const BODY_MIN = 40

const len = (s: string) => [...s].length

const opensProse = (first: string, rest: string): boolean => (len(first) >= PROSE_PART_MIN && CLAUSE_PUNCTUATION.test(first)) || splitDateline(rest) !== undefined

/** An opening bracket starts a mark or a note ((上接1版), 【编者按】), never a run-in title. */
const OPENING_BRACKET = /^[（(【[〔]/

/** A dateline set apart from its paragraph (新华社北京5月14日电, 本报讯, 据新华社电): prose's first words, not a title. */
const DATELINE_ALONE = /(?:[0-9０-９一二三四五六七八九十]日电|讯|消息)$|^据?(?:新华社|中新社|本报)\S{0,12}电$/

/** A title closes every bracket it opens, and a number in it is never cut by a space (国际油价自 2014 年…). */
const isWholeTitle = (title: string): boolean =>
  (title.match(/[（(]/g)?.length ?? 0) === (title.match(/[）)]/g)?.length ?? 0) && !/[0-9０-９]$/.test(title) && !DATELINE_ALONE.test(title)

/** One line → its run-in title and the paragraph after it; undefined when the line does not open with one. */
export function splitRunInTitle(line: string): { title: string; rest: string } | undefined {
  const parts = [...line.matchAll(/[^ \t\u3000]+/g)]
  // A line that opens with a dateline (新华社北京电 (记者 某某)…) is prose from its first word.
  if (OPENING_BRACKET.test(parts[0]?.[0] ?? '') || splitDateline(line)) return undefined
  for (let k = 1; k <= TITLE_PARTS && k < parts.length; k++) {
    const last = parts[k - 1] as RegExpMatchArray
    if (CLAUSE_PUNCTUATION.test(last[0])) return undefined
    const title = line.slice(parts[0]?.index, (last.index ?? 0) + last[0].length)
    if (len(title) > TITLE_MAX) return undefined
    const rest = line.slice(parts[k]?.index)
    if (len(title) >= TITLE_MIN && isWholeTitle(title) && len(rest) >= BODY_MIN && opensProse(parts[k]?.[0] ?? '', rest)) return { title, rest }
  }
  return undefined
}
