// Finding things in the bundle by the ids and numbers that appear in URLs.
import type { Article, Catalog, IssueBody, IssueSummary, Page, Paper } from '@/schema/bundle'

/** The name a page goes by in URLs and labels: its printed label (A2) or number, else its position in the issue. */
export function pageNo(page: { number?: number; label?: string }, index: number): string {
  return page.label ?? String(page.number ?? index + 1)
}

/** Index of the page whose name is `no` (as written in a URL), or -1. */
export function findPageIndex(pages: readonly { number?: number; label?: string }[], no: string | number): number {
  return pages.findIndex((p, i) => String(pageNo(p, i)) === String(no))
}

export function findIssue(catalog: Catalog, issueId: string): IssueSummary | undefined {
  return catalog.issues.find((i) => i.id === issueId)
}

export function findPaper(catalog: Catalog, paperId: string): Paper | undefined {
  return catalog.papers.find((p) => p.id === paperId)
}

/** The issue and page an article is printed on, from the catalog alone (so an article URL works cold). */
export function locateArticle(catalog: Catalog, articleId: string): { issue: IssueSummary; pageIndex: number } | undefined {
  for (const issue of catalog.issues) {
    const pageIndex = issue.pages.findIndex((p) => p.articles.some((a) => a.id === articleId))
    if (pageIndex >= 0) return { issue, pageIndex }
  }
  return undefined
}

/** Articles a reader reads on a page: the nameplate is shown by the masthead instead. */
export function readableArticles<T extends Pick<Article, 'kind'>>(articles: readonly T[]): T[] {
  return articles.filter((a) => a.kind !== 'masthead')
}

/** The body page behind the catalog's page at `pageIndex` (matched by id, falling back to position). */
export function bodyPage(issue: IssueSummary, body: IssueBody, pageIndex: number): Page | undefined {
  const id = issue.pages[pageIndex]?.id
  return body.pages.find((p) => p.id === id) ?? body.pages[pageIndex]
}

/** A paper's issues, newest first (the catalog's order). */
export function paperIssues(catalog: Catalog, paperId: string): IssueSummary[] {
  return catalog.issues.filter((i) => i.paperId === paperId)
}

/** The same paper's issues either side of `issue`: `older` was printed before it, `newer` after. */
export function adjacentIssues(catalog: Catalog, issue: IssueSummary): { older?: IssueSummary; newer?: IssueSummary } {
  const issues = paperIssues(catalog, issue.paperId)
  const at = issues.findIndex((i) => i.id === issue.id)
  if (at < 0) return {}
  return { newer: issues[at - 1], older: issues[at + 1] }
}
