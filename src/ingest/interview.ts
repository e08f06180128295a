// Interviews and round tables (访谈, 对话): under the story's head a roster names the host and the guests
// (主持人： / 嘉宾：, then one line per person: 某大学教授  张三), and the talk that follows is divided by short topic
// lines. The roster's lines look like headlines and bylines, and the topic lines like the headlines of stories
// without a byline; read that way, one interview fell apart into several. Here the roster becomes the story's text,
// each person on a line of their own, and the topic lines its subheads.
import { splitDateline } from './byline'
import { endsSentence } from './text'
import type { Classified } from './segment'

/** The label over an interview's roster: 嘉宾：, 对话嘉宾：, 本期嘉宾：, 主持人：, 访谈嘉宾 (letter-spaced or not). */
const ROSTER_LABEL = /^[\s\u3000]*(?:对话|访谈|本期|特邀|座谈)?(?:嘉[\s\u3000]*宾|主[\s\u3000]*持[\s\u3000]*人)[\s\u3000]*[:：]?[\s\u3000]*$/
/** One roster line is one person: a title and a name, never a paragraph. */
const ROSTER_LINE_MAX = 60
const PROSE = /[，,。；;！!？?]/

export const isRosterLabel = (text: string): boolean => ROSTER_LABEL.test(text)

/** A line of the roster: a label, a byline, or a person's title and name, with no sentence in it. */
const isRosterLine = (u: Classified): boolean =>
  isRosterLabel(u.text) || u.role === 'byline' || ((u.role === 'headline' || u.role === 'body') && u.text.length <= ROSTER_LINE_MAX && !PROSE.test(u.text))

/** A speaker's turn opens with the speaker's name and a colon (记者：…, 张三：…). */
const SPEAKER = /^[^\s，,。：:]{1,8}[\s\u3000]*[:：]/
/** Longest topic line; it holds no full sentence. */
const TOPIC_MAX = 36

/**
 * A topic line of the talk, with the talk going on below it: a headline-like line, or a short clause that is nobody's
 * turn (评奖机制革新，确保公平公正).
 */
const isTopic = (units: Classified[], i: number): boolean => {
  const u = units[i] as Classified
  const next = units[i + 1]
  if (next?.role !== 'body' || splitDateline(next.text)) return false
  if (u.role === 'headline') return true
  return u.role === 'body' && u.text.length <= TOPIC_MAX && !SPEAKER.test(u.text) && !/[。；;！!？?：:]/.test(u.text) && !endsSentence(u.text)
}

/** What ends an interview: furniture, a closing note, a pointer, or a headline with no talk under it (the next story's). */
const endsTalk = (units: Classified[], i: number): boolean => {
  const u = units[i] as Classified
  return u.role === 'meta' || u.role === 'closing' || u.role === 'pointer' || u.role === 'byline' || (u.role === 'headline' && !isTopic(units, i))
}

/**
 * Reads each interview from its roster label on: the roster's lines become lines of the story, and the topic lines
 * of the talk below it subheads, until something ends the talk.
 */
export function markInterviews(units: Classified[], from: number): void {
  for (let i = from; i < units.length; i++) {
    if (!isRosterLabel(units[i]?.text ?? '') || units[i]?.heading !== undefined) continue
    let j = i
    for (; j < units.length && isRosterLine(units[j] as Classified); j++) (units[j] as Classified).role = 'break'
    for (; j < units.length && !endsTalk(units, j); j++) if (isTopic(units, j)) (units[j] as Classified).role = 'subhead'
    i = j - 1
  }
}
