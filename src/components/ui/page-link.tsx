import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import type { IssueEntry } from '@/schema/bundle'
import { pageNo } from '@/lib/data/locate'
import { pageLabelOf } from '@/lib/format'

/** A link to the page at `index` of an issue; by default labelled 第N版 and the page's name. */
export function PageLink({
  issue,
  index,
  className,
  current = false,
  children,
}: {
  issue: IssueEntry
  index: number
  className?: string
  current?: boolean
  children?: ReactNode
}) {
  const page = issue.pages[index]
  if (!page) return null
  const no = pageNo(page, index)
  return (
    <Link
      to="/issues/$issueId/pages/$pageNo"
      params={{ issueId: issue.id, pageNo: String(no) }}
      aria-current={current ? 'page' : undefined}
      className={className}
    >
      {children ?? `${pageLabelOf(page)}${page.name ? ` ${page.name}` : ''}`}
    </Link>
  )
}
