// One issue in a list of issues: its date (marked when inferred), serial number and pages (with the front page's lead
// story where the list knows it: the home page's latest issues).
import { Link } from '@tanstack/react-router'
import type { IssueEntry as Issue } from '@/schema/bundle'
import { InferredMark } from '@/components/ui/inferred-mark'
import { PageLink } from '@/components/ui/page-link'
import { issueDateLabel } from '@/lib/format'

export function IssueEntry({ issue }: { issue: Issue }) {
  const lead = issue.pages[0]?.lead
  return (
    <li className="text-sm">
      <Link to="/issues/$issueId" params={{ issueId: issue.id }} className="font-bold hover:text-accent">
        {issueDateLabel(issue)}
        {issue.weekday && ` ${issue.weekday}`}
      </Link>
      {issue.dateInferred && <InferredMark />}
      {issue.serial !== undefined && <span className="ml-2 text-muted">总第{issue.serial}期</span>}
      {lead && <span className="mt-0.5 block">头版：{lead}</span>}
      <span className="mt-0.5 flex flex-wrap gap-x-3 gap-y-0.5">
        {issue.pages.map((page, i) => (
          <PageLink key={page.id} issue={issue} index={i} className="text-muted hover:text-accent" />
        ))}
      </span>
    </li>
  )
}
