// A newspaper page (版): masthead, the articles in reading order set in columns, and navigation.
import { useNavigate } from '@tanstack/react-router'
import { useRef } from 'react'
import { type IssueBody, type IssueEntry, type Paper, paperLabel } from '@/schema/bundle'
import { bodyPage, pageNo, readableArticles } from '@/lib/data/locate'
import { issueDateLabel, pageLabel } from '@/lib/format'
import { useShortcuts } from '@/lib/use-shortcuts'
// The one hook-in point of search in the reader: 本版查找 over the columns.
import { FindInPage } from '@/features/search/find-in-page'
import { ArticleBlock } from './article-block'
import { HeadlineNav } from './headline-nav'
import { IssueNav } from './issue-nav'
import { Masthead } from './masthead'
import { PageNav, PagePager } from './page-nav'

interface Props {
  paper: Paper | undefined
  issue: IssueEntry
  body: IssueBody
  pageIndex: number
}

export function PageView({ paper, issue, body, pageIndex }: Props) {
  const navigate = useNavigate()
  const columns = useRef<HTMLDivElement>(null)
  const turnTo = (index: number) => {
    const target = issue.pages[index]
    if (target) void navigate({ to: '/issues/$issueId/pages/$pageNo', params: { issueId: issue.id, pageNo: String(pageNo(target, index)) } })
  }
  useShortcuts({
    ArrowLeft: () => turnTo(pageIndex - 1),
    ArrowRight: () => turnTo(pageIndex + 1),
    j: () => focusArticle(columns.current, 1),
    k: () => focusArticle(columns.current, -1),
  })

  const page = bodyPage(issue, body, pageIndex)
  if (!page) return null
  const articles = readableArticles(page.articles)
  const leadId = articles.find((a) => a.kind === 'news' || a.kind === 'commentary')?.id

  const no = pageNo(page, pageIndex)
  return (
    <div className="grid gap-x-10 gap-y-8 lg:grid-cols-[11rem_minmax(0,1fr)]">
      {/* React 19 hoists <title> into the document head. */}
      <title>{`${paper ? paperLabel(paper) : '报名不详'} ${issueDateLabel(issue)} ${pageLabel(no)} · 版面`}</title>
      <div className="lg:col-start-2">
        <Masthead paper={paper} issue={issue} page={page} />
        <div className="mt-4">
          <FindInPage root={columns} issueId={issue.id} pageNo={no} />
        </div>
        <div ref={columns} className="mt-4 gap-8 md:columns-2 xl:columns-3 [column-rule:1px_solid_var(--color-rule)]">
          {articles.map((article) => (
            <ArticleBlock key={article.id} article={article} issue={issue} lead={article.id === leadId} />
          ))}
        </div>
        {articles.length === 0 && <p className="py-12 text-center text-muted">本版没有可显示的文字。</p>}
        <PagePager issue={issue} pageIndex={pageIndex} />
      </div>
      <aside className="space-y-8 lg:sticky lg:top-6 lg:col-start-1 lg:row-start-1 lg:self-start">
        <PageNav issue={issue} pageIndex={pageIndex} />
        <IssueNav issue={issue} />
        <HeadlineNav articles={articles} />
      </aside>
    </div>
  )
}

/** j/k on a page: focus the next or previous story's headline link (which scrolls it into view). */
function focusArticle(columns: HTMLElement | null, step: 1 | -1) {
  if (!columns) return
  const links = [...columns.querySelectorAll<HTMLAnchorElement>('[data-kind] header a[href]')]
  if (links.length === 0) return
  const at = links.findIndex((link) => link === document.activeElement)
  const next = at < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(Math.max(at + step, 0), links.length - 1)
  links[next]!.focus()
  links[next]!.scrollIntoView({ block: 'center' })
}
