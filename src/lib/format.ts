// Display formatting in the conventions of Chinese newspapers.
import type { Article, IssueEntry } from '@/schema/bundle'

/** 2024-11-30 → 2024年11月30日 */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/** The issue's date as printed, or the year alone, or an honest 日期不详. */
export function issueDateLabel(issue: Pick<IssueEntry, 'date' | 'year'>): string {
  if (issue.date) return formatDate(issue.date)
  if (issue.year) return `${issue.year}年`
  return '日期不详'
}

/** 第1版, 第A2版 */
export function pageLabel(no: number | string): string {
  return `第${no}版`
}

/** A page's label by what is printed: its label (A2) or number, or 版次不详 — never a number the paper did not print or we did not infer. */
export function pageLabelOf(page: { number?: number; label?: string }): string {
  const printed = page.label ?? page.number
  return printed !== undefined ? pageLabel(printed) : '版次不详'
}

const KIND_LABELS: Record<Article['kind'], string> = {
  news: '消息',
  commentary: '评论',
  photo: '图片',
  teaser: '导读',
  banner: '标语',
  ad: '广告',
  masthead: '报头',
  unclassified: '未归类',
}

/** What to call an article in a list: its headline, else the first words of its text (never a subhead), else its kind. */
export function articleLabel(article: Pick<Article, 'kind' | 'title'> & Partial<Pick<Article, 'paragraphs' | 'subheads'>>): string {
  if (article.title) return article.title
  const first = article.paragraphs?.find((_, i) => !article.subheads?.includes(i))
  if (first) return first.length > 24 ? `${first.slice(0, 24)}…` : first
  return KIND_LABELS[article.kind]
}

export function kindLabel(kind: Article['kind']): string {
  return KIND_LABELS[kind]
}

/** Local calendar date as YYYY-MM-DD (the date a reader consulted the article). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

interface CitationParts {
  article: Pick<Article, 'kind' | 'title' | 'subtitle' | 'authors' | 'paragraphs'>
  paperName: string
  issue: Pick<IssueEntry, 'date' | 'year'>
  pageNo: string
  url: string
  accessed: Date
}

/**
 * One line in the GB/T 7714-2015 style for an online newspaper article:
 * 作者. 题名:副题[N/OL]. 报纸名, 出版日期(版次)[引用日期]. URL.
 */
export function articleCitation({ article, paperName, issue, pageNo, url, accessed }: CitationParts): string {
  const names = article.authors.filter((a) => a.role !== 'editor').map((a) => a.name)
  const authors = names.length > 3 ? `${names.slice(0, 3).join(', ')}, 等` : names.join(', ')
  const subtitle = article.subtitle?.replace(/^[—\-\s]+/, '')
  const title = `${articleLabel(article)}${subtitle ? `:${subtitle}` : ''}`
  const date = issue.date ?? (issue.year ? String(issue.year) : '')
  const source = `${paperName}, ${date ? `${date}` : '出版日期不详'}(${pageNo})`
  return `${authors ? `${authors}. ` : ''}${title}[N/OL]. ${source}[${isoDay(accessed)}]. ${url}.`
}
