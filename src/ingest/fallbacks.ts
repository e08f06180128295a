// Where the page steps fell back, say so with file:line, so an archivist knows
// what to check: text kept unclassified, a story with no body or no headline, a
// headline with nothing under it, a masthead line from which no metadata was read.
import type { ArticleDraft } from './article'
import { isFurniture } from './epaper'
import { readMetaLine, readNameplate, readPageAlone } from './masthead'
import type { Problem } from './page'

const PROSE_KINDS = new Set(['news', 'commentary'])
/** A line with no letter, digit or ideograph (a rule, a row of marks) says nothing to read. */
const WORDLESS = /^[^\p{L}\p{N}]*$/u

const quote = (s: string) => (s.length > 24 ? `${s.slice(0, 24)}…` : s)

export function fallbackWarnings(file: string, articles: readonly ArticleDraft[], body: string): Problem[] {
  const problems: Problem[] = []
  let lines: string[] | undefined
  // A story's headline repeated among the furniture (a listing of it above the story) is read as that.
  const titles = new Set(articles.filter((a) => a.title).map((a) => a.title.replace(/\s+/g, '')))
  for (const a of articles) {
    const at = { file, line: a.startLine }
    if (a.kind === 'unclassified') {
      problems.push({ ...at, message: `第${a.startLine === a.endLine ? a.startLine : `${a.startLine}–${a.endLine}`}行未能归类（无标题的正文或版面杂项），已原样保留为未分类文本` })
    } else if (PROSE_KINDS.has(a.kind) && a.paragraphs.length === 0) {
      problems.push({ ...at, message: `稿件「${quote(a.title)}」只有标题${a.byline ? '和署名' : ''}，没有正文：请核对是否与上下文断开` })
    } else if (PROSE_KINDS.has(a.kind) && !a.title && !a.continuedFrom) {
      // The continued half of a story ((上接1版)…) has its headline on another page; any other prose had one here.
      problems.push({ ...at, message: `第${a.startLine}行起的稿件没有找到标题，已作为无题稿件保留：请核对标题是否与上下文断开` })
    } else if (a.kind === 'banner') {
      problems.push({ ...at, message: `「${quote(a.title.replace(/\n/g, ' '))}」下没有正文，已作为单独的标题行保留：请核对是否为标语，或与上下文断开` })
    } else if (a.kind === 'masthead') {
      for (const text of a.paragraphs) {
        // Known site furniture (navigation, copyright) is read as what it is, with nothing to report.
        if (WORDLESS.test(text) || isFurniture(text) || titles.has(text.replace(/\s+/g, '')) || readNameplate(text) || readPageAlone(text) || Object.keys(readMetaLine(text).fields).length) continue
        lines ??= body.split('\n')
        const found = lines.findIndex((l, k) => k + 1 >= a.startLine && l.includes(text))
        problems.push({ file, line: found >= 0 ? found + 1 : a.startLine, message: `报头行「${quote(text)}」未能读出任何元数据，已作为版面杂项保留` })
      }
    }
  }
  return problems
}
