// On a phone or tablet, the page's own bar: the 目录 (版面, 期次, 标题) drawer, previous/next page and 查找,
// in one sticky row that stays on screen from the first view on.
import type { IssueEntry } from '@/schema/bundle'
import { PageLink } from '@/components/ui/page-link'
import { pageLabelOf } from '@/lib/format'

const CONTROL = 'inline-flex min-h-11 min-w-11 items-center justify-center px-2 hover:bg-paper-deep'

export function PageBar({
  issue,
  pageIndex,
  drawerId,
  navOpen,
  onNav,
  findOpen,
  onFind,
}: {
  issue: IssueEntry
  pageIndex: number
  drawerId: string
  navOpen: boolean
  onNav: () => void
  findOpen: boolean
  onFind: () => void
}) {
  const page = issue.pages[pageIndex]
  const count = issue.pages.length
  return (
    <div className="flex items-center gap-1 text-sm lg:hidden">
      <button type="button" aria-expanded={navOpen} aria-controls={drawerId} onClick={onNav} className={`${CONTROL} gap-1 border border-ink/60 font-bold`}>
        <span aria-hidden="true">☰</span>目录
      </button>
      {pageIndex > 0 ? (
        <PageLink issue={issue} index={pageIndex - 1} className={CONTROL}>
          <span aria-hidden="true">‹</span>
          <span className="sr-only">上一版</span>
        </PageLink>
      ) : (
        <span className={`${CONTROL} text-muted/40`} aria-hidden="true">
          ‹
        </span>
      )}
      <p className="min-w-0 flex-1 truncate text-center">
        {page && pageLabelOf(page)}
        {page?.name && ` ${page.name}`}
        <span className="ml-1 text-xs text-muted">
          {pageIndex + 1}/{count}
        </span>
      </p>
      {pageIndex < count - 1 ? (
        <PageLink issue={issue} index={pageIndex + 1} className={CONTROL}>
          <span aria-hidden="true">›</span>
          <span className="sr-only">下一版</span>
        </PageLink>
      ) : (
        <span className={`${CONTROL} text-muted/40`} aria-hidden="true">
          ›
        </span>
      )}
      <button type="button" aria-expanded={findOpen} onClick={onFind} className={`${CONTROL} border border-ink/60`}>
        查找
      </button>
    </div>
  )
}
