import type { IssueEntry, PaperYear, PlacedArticle, PlacedArticles } from '@/schema/bundle'

export interface ArticleEntry {
  article: PlacedArticle
  issue: IssueEntry
  pageIndex: number
}

/** A paper-month's articles that name a place, each with the issue that prints it (newest issue first, page order). */
export function placeEntries(places: PlacedArticles, list: PaperYear): ArticleEntry[] {
  const issues = new Map(list.issues.map((issue) => [issue.id, issue]))
  return places.articles.flatMap((article) => {
    const issue = issues.get(article.issueId)
    return issue ? [{ article, issue, pageIndex: article.page }] : []
  })
}

export interface Period {
  key: number | null
  count: number
}

/** Counts summed by a key (year or month), in the order the keys first appear. */
export function sumBy<T>(rows: readonly T[], key: (row: T) => number | null, count: (row: T) => number): Period[] {
  const sums = new Map<number | null, number>()
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + count(row))
  return [...sums].map(([k, n]) => ({ key: k, count: n }))
}

/** Newest first, the unknown last. */
export const newestFirst = (a: Period, b: Period) => (b.key ?? -Infinity) - (a.key ?? -Infinity)
