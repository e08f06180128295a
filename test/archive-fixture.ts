// A multi-year archive made from the fixture bundle: the 衢州日报 issue of 2024-11-30 printed again on other dates (new
// issue, page and article ids), for tests of year lists, the calendar, 往年今日 and 期次 across a year's end.
import type { Article, IssueBody, IssueSummary } from '@/schema/bundle'
import { type FixtureContent, fixtureContent } from './fixture-files'

const TEMPLATE = 'qzrb-20241130'
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']

export const archiveIssueId = (date: string) => `qzrb-${date.replaceAll('-', '')}`
/** The id a template article gets in the issue of `date`. */
export const archiveArticleId = (id: string, date: string) => `${id}${date.slice(2).replaceAll('-', '')}`

/** The fixture with 衢州日报's issues replaced by copies of one issue on each of `dates` (the 柯城 paper is kept). */
export function archiveFixture(dates: readonly string[]): FixtureContent {
  const content = fixtureContent()
  const template = content.catalog.issues.find((i) => i.id === TEMPLATE)!
  const templateBody = content.bodies.get(TEMPLATE)!
  const others = content.catalog.issues.filter((i) => i.paperId !== template.paperId)
  const bodies = new Map([...content.bodies].filter(([id]) => others.some((i) => i.id === id)))
  const copies: IssueSummary[] = []
  for (const date of dates) {
    const issueId = archiveIssueId(date)
    const rename = (id: string) => archiveArticleId(id, date)
    const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]
    copies.push({
      ...template,
      id: issueId,
      date,
      weekday,
      lunarDate: undefined,
      serial: undefined,
      body: `issues/${issueId}.json`,
      pages: template.pages.map((page) => ({ ...page, id: page.id.replace(TEMPLATE, issueId), articles: page.articles.map((a) => ({ ...a, id: rename(a.id) })) })),
    })
    const link = (c: Article['continuedTo']) => c && { ...c, articleId: c.articleId && rename(c.articleId) }
    const body: IssueBody = {
      ...templateBody,
      issueId,
      issue: { ...templateBody.issue, date, weekday, lunarDate: undefined, serial: undefined },
      pages: templateBody.pages.map((page) => ({
        ...page,
        id: page.id.replace(TEMPLATE, issueId),
        meta: { ...page.meta, date, weekday, lunarDate: undefined, serial: undefined },
        articles: page.articles.map((a) => ({ ...a, id: rename(a.id), continuedFrom: link(a.continuedFrom), continuedTo: link(a.continuedTo) })),
      })),
    }
    bodies.set(issueId, body)
  }
  const issues = [...others, ...copies].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
  return { catalog: { ...content.catalog, issues }, bodies }
}
