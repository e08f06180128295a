// Subheads (小标题) inside a story: the short lines a feature, a report or an
// interview is divided by. They look like headlines, so without this step each
// one opened a story of its own and cut its story in two; and with no sentence
// end they were glued onto the paragraph below.
import { CJK } from './text'

/** Numbered: 一、 (一) 1. ① 第一, … — the number alone must be followed by words. */
const NUMBERED = new RegExp(`^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[0-9０-９]{1,2}[、．.](?![0-9０-９])|[①-⑳]|第[一二三四五六七八九十]{1,3}(?:[，,、：:\\s\\u3000]|(?=[${CJK}])))`)
/** The whole line in quotes or lenticular brackets: “从被动到主动”, 【一线直击】. */
const ENCLOSED = /^(?:“[^“”]{2,30}”|「[^「」]{2,30}」|【[^【】]{2,30}】)$/
/** A bullet mark before a short phrase: ◆ 从被动到主动 (▲ opens a photo caption, ■/□ a byline: not here). */
const BULLETED = /^[◆◇●○★☆♦][\s\u3000]*\S/
/** The question of a Q&A: 问：… / 记者：… / 主持人：… / Q：… */
const QUESTION = /^(?:问|记者|主持人|本报记者|Q)[\s\u3000]*[：:]/
/** Sentence punctuation inside: prose, not a subhead. */
const SENTENCE_MARK = /[。；;！!]/
/** A comma is prose too, except after a number: 一、坚持守正创新，推动文化繁荣. */
const COMMA = /[，,]/

const MAX_SUBHEAD = 32
const MAX_QUESTION = 90

/** Does the line have a subhead's shape: numbered, enclosed, bulleted, or a Q&A question? */
export function hasSubheadShape(text: string): boolean {
  const t = text.trim()
  if (!t) return false
  if (QUESTION.test(t)) return t.length <= MAX_QUESTION && /[？?]$/.test(t)
  if (t.length > MAX_SUBHEAD || SENTENCE_MARK.test(t) || /[：:、，,]$/.test(t)) return false
  if (NUMBERED.test(t)) return true
  return !COMMA.test(t) && (ENCLOSED.test(t) || BULLETED.test(t))
}
