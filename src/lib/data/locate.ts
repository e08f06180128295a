// Finding things in the bundle by the ids and numbers that appear in URLs.
import type { Article, IssueBody, IssueEntry, Page, Paper } from '@/schema/bundle'

/** The name a page goes by in URLs and labels: its printed label (A2) or number, else its position in the issue. */
export function pageNo(page: { number?: number; label?: string }, index: number): string {
  return page.label ?? String(page.number ?? index + 1)
}

/** Index of the page whose name is `no` (as written in a URL), or -1. */
export function findPageIndex(pages: readonly { number?: number; label?: string }[], no: string | number): number {
  return pages.findIndex((p, i) => String(pageNo(p, i)) === String(no))
}

export function findPaper(library: { papers: readonly Paper[] }, paperId: string): Paper | undefined {
  return library.papers.find((p) => p.id === paperId)
}

/** Articles a reader reads on a page: the nameplate is shown by the masthead instead. */
export function readableArticles<T extends Pick<Article, 'kind'>>(articles: readonly T[]): T[] {
  return articles.filter((a) => a.kind !== 'masthead')
}

/** The body page behind the issue's page at `pageIndex` (matched by id, falling back to position). */
export function bodyPage(issue: IssueEntry, body: IssueBody, pageIndex: number): Page | undefined {
  const id = issue.pages[pageIndex]?.id
  return body.pages.find((p) => p.id === id) ?? body.pages[pageIndex]
}
