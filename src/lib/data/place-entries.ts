import type { IssueEntry, PaperYear, PaperYearPlaces, PlacedArticle } from '@/schema/bundle'

export interface ArticleEntry {
  article: PlacedArticle
  issue: IssueEntry
  pageIndex: number
}

/** A paper-year's articles that name a place, each with the issue that prints it (newest issue first, page order). */
export function placeEntries(places: PaperYearPlaces, list: PaperYear): ArticleEntry[] {
  const issues = new Map(list.issues.map((issue) => [issue.id, issue]))
  return places.articles.flatMap((article) => {
    const issue = issues.get(article.issueId)
    return issue ? [{ article, issue, pageIndex: article.page }] : []
  })
}
