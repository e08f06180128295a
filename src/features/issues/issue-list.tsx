// Every paper in the library with its issues and their pages.
import { Link } from '@tanstack/react-router'
import type { Catalog } from '@/schema/bundle'
import { PaperNote } from '@/components/ui/paper-note'
import { IssueEntry } from './issue-entry'

export function IssueList({ catalog }: { catalog: Catalog }) {
  return (
    <section aria-labelledby="issue-list-title">
      <h2 id="issue-list-title" className="nav-title">
        报纸与期次
      </h2>
      {catalog.papers.length === 0 && <p className="mt-3 text-sm text-muted">报库中还没有报纸。</p>}
      <ul className="mt-4 grid gap-x-10 gap-y-8 sm:grid-cols-2 lg:grid-cols-3">
        {catalog.papers.map((paper) => (
          <li key={paper.id} data-paper={paper.id}>
            <h3 className="text-lg font-bold">
              <Link to="/papers/$paperId" params={{ paperId: paper.id }} className="hover:text-accent">
                {paper.name}
              </Link>
              <PaperNote paper={paper} />
            </h3>
            {(paper.edition || paper.locality) && (
              <p className="text-xs text-muted">{[paper.edition, paper.locality].filter(Boolean).join(' · ')}</p>
            )}
            <ol className="mt-2 space-y-2 border-l border-rule pl-3">
              {catalog.issues
                .filter((issue) => issue.paperId === paper.id)
                .map((issue) => (
                  <IssueEntry key={issue.id} issue={issue} />
                ))}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  )
}
