// 版面导航: the pages of an issue, and the previous/next page links.
import type { IssueEntry } from '@/schema/bundle'
import { PageLink } from '@/components/ui/page-link'
import { pageLabelOf } from '@/lib/format'

export function PageNav({ issue, pageIndex }: { issue: IssueEntry; pageIndex: number }) {
  return (
    <nav aria-labelledby="page-nav-title">
      <h2 id="page-nav-title" className="nav-title">
        版面导航
      </h2>
      <ol className="mt-2 space-y-1 text-sm">
        {issue.pages.map((page, i) => (
          <li key={page.id}>
            <PageLink issue={issue} index={i} current={i === pageIndex} className="block px-2 py-1 max-lg:py-2.5 hover:bg-paper-deep aria-[current=page]:bg-ink aria-[current=page]:text-paper" />
          </li>
        ))}
      </ol>
    </nav>
  )
}

export function PagePager({ issue, pageIndex }: { issue: IssueEntry; pageIndex: number }) {
  const prev = issue.pages[pageIndex - 1]
  const next = issue.pages[pageIndex + 1]
  const link = 'inline-flex min-h-11 items-center border border-ink px-3 py-1.5 hover:bg-ink hover:text-paper md:min-h-0'
  if (!prev && !next) return null
  return (
    <nav aria-label="翻版" className="mt-8 flex justify-between gap-4 border-t border-ink pt-4 text-sm print:hidden">
      {prev ? (
        <PageLink issue={issue} index={pageIndex - 1} className={link}>
          ← 上一版 {pageLabelOf(prev)}
        </PageLink>
      ) : (
        <span />
      )}
      {next && (
        <PageLink issue={issue} index={pageIndex + 1} className={link}>
          下一版 {pageLabelOf(next)} →
        </PageLink>
      )}
    </nav>
  )
}
