// 期次: the same paper's previous and next issue, and all its past issues.
import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import type { IssueSummary } from '@/schema/bundle'
import { catalogQueryOptions } from '@/lib/data/catalog-query'
import { adjacentIssues } from '@/lib/data/locate'
import { issueDateLabel } from '@/lib/format'

export function IssueNav({ issue }: { issue: IssueSummary }) {
  const { data: catalog } = useSuspenseQuery(catalogQueryOptions())
  const { older, newer } = adjacentIssues(catalog, issue)
  const link = 'block px-2 py-1 max-lg:py-2.5 hover:bg-paper-deep'
  return (
    <nav aria-labelledby="issue-nav-title" className="print:hidden">
      <h2 id="issue-nav-title" className="nav-title">
        期次
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {!older && !newer && <li className="px-2 py-1 text-muted">本报仅收录此一期</li>}
        {older && (
          <li>
            <Link to="/issues/$issueId" params={{ issueId: older.id }} rel="prev" className={link}>
              ← 上一期 <span className="text-muted">{issueDateLabel(older)}</span>
            </Link>
          </li>
        )}
        {newer && (
          <li>
            <Link to="/issues/$issueId" params={{ issueId: newer.id }} rel="next" className={link}>
              下一期 → <span className="text-muted">{issueDateLabel(newer)}</span>
            </Link>
          </li>
        )}
        <li>
          <Link to="/papers/$paperId" params={{ paperId: issue.paperId }} className={`${link} text-accent`}>
            本报往期
          </Link>
        </li>
      </ul>
    </nav>
  )
}
