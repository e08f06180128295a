// 期次: the same paper's previous and next issue (across years), 往年今日, and all its past issues.
import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import type { IssueEntry } from '@/schema/bundle'
import { sameDayOtherYears, useAdjacentIssues } from '@/lib/data/adjacent-issues'
import { libraryIndexQueryOptions } from '@/lib/data/library-index-query'
import { formatDate, issueDateLabel } from '@/lib/format'

export function IssueNav({ issue }: { issue: IssueEntry }) {
  const { older, newer } = useAdjacentIssues(issue)
  const { data: index } = useSuspenseQuery(libraryIndexQueryOptions())
  const otherYears = issue.date ? sameDayOtherYears(index, issue.paperId, issue.date) : []
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
      {otherYears.length > 0 && (
        <section aria-labelledby="same-day-title" className="mt-4">
          <h3 id="same-day-title" className="px-2 text-sm font-bold">
            往年今日
          </h3>
          <ul className="mt-1 space-y-1 text-sm">
            {otherYears.map((date) => (
              <li key={date}>
                <Link to="/papers/$paperId" params={{ paperId: issue.paperId }} search={{ date }} className={link}>
                  {formatDate(date)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </nav>
  )
}
