// Every paper in the library with its latest issues and their pages, and the way into its archive.
import { Link } from '@tanstack/react-router'
import type { LibraryIndex } from '@/schema/bundle'
import { PaperNote } from '@/components/ui/paper-note'
import { archiveOf, issueCount } from '@/lib/data/library-index-query'
import { IssueEntry } from './issue-entry'
import { yearRange } from './years'

export function IssueList({ index }: { index: LibraryIndex }) {
  return (
    <section aria-labelledby="issue-list-title">
      <h2 id="issue-list-title" className="nav-title">
        报纸与期次
      </h2>
      {index.papers.length === 0 && <p className="mt-3 text-sm text-muted">报库中还没有报纸。</p>}
      <ul className="mt-4 grid gap-x-10 gap-y-8 sm:grid-cols-2 lg:grid-cols-3">
        {index.papers.map((paper) => {
          const archive = archiveOf(index, paper.id)
          const latest = index.latest.filter((issue) => issue.paperId === paper.id)
          const total = archive ? issueCount(archive) : 0
          return (
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
                {latest.map((issue) => (
                  <IssueEntry key={issue.id} issue={issue} />
                ))}
              </ol>
              {total > latest.length && archive && (
                <p className="mt-2 text-sm">
                  <Link to="/papers/$paperId" params={{ paperId: paper.id }} className="text-accent hover:underline">
                    全部往期 {total} 期{yearRange(archive) && ` · ${yearRange(archive)}`} →
                  </Link>
                </p>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
