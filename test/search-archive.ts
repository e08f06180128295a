// A generated dated archive for the search: one daily paper over whole years,
// as the build's SearchIssues (for shardFiles), with a term in every article and
// a rare one in a single old article. Deterministic. The browser test serves it
// small; the bench at the size of a county paper's archive.
import type { SearchDoc, SearchIssue } from '@/search/build-shards'

export interface ArchiveOptions {
  /** The newest year; the archive runs back `years` years from its last day. */
  lastYear: number
  years: number
  /** An issue every `everyDays` days (1: daily). */
  everyDays: number
  pages: number
  articlesPerPage: number
  /** The text of article `n` (a running number, newest first). */
  text: (n: number) => { title: string; body: string }
}

export const PAPER = { id: 'rb', name: '测试日报' }
/** In every article's body. */
export const COMMON = '本报讯'
/** In one article only: the first of the oldest issue. */
export const RARE = '唯一的稀有词'

export function datedArchive(o: ArchiveOptions): SearchIssue[] {
  const issues: SearchIssue[] = []
  const first = Date.UTC(o.lastYear - o.years + 1, 0, 1)
  let n = 0
  for (let day = Date.UTC(o.lastYear, 11, 31); day >= first; day -= o.everyDays * 86_400_000) {
    const date = new Date(day).toISOString().slice(0, 10)
    const id = `${date}-${PAPER.id}`
    const docs: SearchDoc[] = []
    for (let page = 1; page <= o.pages; page++) {
      for (let a = 0; a < o.articlesPerPage; a++) {
        const { title, body } = o.text(n++)
        docs.push([`${id}-${page}-${a}`, String(page), 'news', '', title, '', `${COMMON}${body}`, String(page), []])
      }
    }
    issues.push({ id, paperId: PAPER.id, date, docs })
  }
  const oldest = issues.at(-1)!.docs[0]!
  oldest[6] = `${oldest[6]}${RARE}`
  return issues
}
