import type { ArticleSummary, IssueSummary } from '@/schema/bundle'
import { readableArticles } from './locate'

export interface ArticleEntry {
  article: ArticleSummary
  issue: IssueSummary
  pageIndex: number
}

/** Every readable article of these issues, from the catalog alone, in the catalog's order (newest issue first, page order). */
export function catalogArticles(issues: readonly IssueSummary[]): ArticleEntry[] {
  return issues.flatMap((issue) => issue.pages.flatMap((page, pageIndex) => readableArticles(page.articles).map((article) => ({ article, issue, pageIndex }))))
}
