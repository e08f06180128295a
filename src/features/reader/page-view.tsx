// A newspaper page (版): masthead, the articles in reading order as blocks of a grid (the lead story across it),
// and navigation: a sidebar on a wide screen, a sticky bar with a drawer on a phone.
import { useNavigate } from '@tanstack/react-router'
import { type SyntheticEvent, useEffect, useId, useRef, useState } from 'react'
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
import { PageBar } from './page-bar'
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
  const drawerId = useId()
  const [navOpen, setNavOpen] = useState(false)
  const [findOpen, setFindOpen] = useState(false)
  // While 本版查找 has text, every story is shown whole, so each match it steps to is on screen.
  const [finding, setFinding] = useState(false)
  const onFindInput = (e: SyntheticEvent) => {
    if (e.target instanceof HTMLInputElement) setFinding(e.target.value.trim() !== '')
  }
  // The opened drawer covers the page: focus goes into it, and back to its button when it closes.
  const closeButton = useRef<HTMLButtonElement>(null)
  const wasOpen = useRef(false)
  useEffect(() => {
    if (navOpen) closeButton.current?.focus()
    else if (wasOpen.current) document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(drawerId)}"]`)?.focus()
    wasOpen.current = navOpen
  }, [navOpen, drawerId])
  const turnTo = (index: number) => {
    const target = issue.pages[index]
    if (target) void navigate({ to: '/issues/$issueId/pages/$pageNo', params: { issueId: issue.id, pageNo: String(pageNo(target, index)) } })
  }
  useShortcuts({
    ArrowLeft: () => turnTo(pageIndex - 1),
    ArrowRight: () => turnTo(pageIndex + 1),
    j: () => focusArticle(columns.current, 1),
    k: () => focusArticle(columns.current, -1),
    Escape: navOpen ? () => setNavOpen(false) : undefined,
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
        {/* Stays on screen: on a phone the page's bar (and 查找 when opened), on a wide screen 本版查找. */}
        <div className="sticky top-0 z-20 -mx-4 mt-3 border-b border-rule bg-paper px-4 md:-mx-8 md:px-8 lg:mx-0 lg:px-0 print:hidden">
          <PageBar
            issue={issue}
            pageIndex={pageIndex}
            drawerId={drawerId}
            navOpen={navOpen}
            onNav={() => setNavOpen((open) => !open)}
            findOpen={findOpen}
            onFind={() => setFindOpen((open) => !open)}
          />
          <div className={findOpen ? '' : 'max-lg:hidden'} onChange={onFindInput} onKeyUp={onFindInput}>
            <FindInPage root={columns} issueId={issue.id} pageNo={no} />
          </div>
        </div>
        {/* overflow-clip hides the column rules left of the first column; the margin keeps focus rings. */}
        <div ref={columns} className="reading mt-2 grid grid-cols-1 gap-x-8 overflow-clip [overflow-clip-margin:6px] md:grid-cols-2 xl:grid-cols-3 print:grid-cols-3">
          {articles.map((article) => (
            <ArticleBlock key={article.id} article={article} issue={issue} lead={article.id === leadId} whole={finding} />
          ))}
        </div>
        {articles.length === 0 && <p className="py-12 text-center text-muted">本版没有可显示的文字。</p>}
        <PagePager issue={issue} pageIndex={pageIndex} />
      </div>
      <aside
        id={drawerId}
        aria-label="本版目录"
        // A link followed in the drawer closes it.
        onClick={(e) => e.target instanceof Element && e.target.closest('a') && setNavOpen(false)}
        className={`space-y-8 print:hidden max-lg:fixed max-lg:inset-0 max-lg:z-40 max-lg:overflow-y-auto max-lg:bg-paper max-lg:p-4 ${navOpen ? '' : 'max-lg:hidden'} lg:sticky lg:top-4 lg:col-start-1 lg:row-start-1 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto`}
      >
        <p className="flex items-center justify-between lg:hidden">
          <span className="font-bold tracking-widest">本版目录</span>
          <button ref={closeButton} type="button" onClick={() => setNavOpen(false)} className="min-h-11 min-w-11 border border-ink/60 px-3">
            关闭
          </button>
        </p>
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
