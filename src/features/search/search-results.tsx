// One page of search results: headline, where it was printed, and a snippet, matches marked.
import { Link } from '@tanstack/react-router'
import type { SearchHit } from '@/search/engine'
import { formatDate, kindLabel, pageLabelOf } from '@/lib/format'
import { Marked } from './marked'

export function dateLabel(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return formatDate(date)
  return date ? `${date}年` : '日期不详'
}

/** The page as printed (版次不详 when its number was not), as the shard records it; the URL number may be a position. */
export function hitPageLabel(hit: Pick<SearchHit, 'printedPage'>): string {
  return pageLabelOf({ label: hit.printedPage || undefined })
}

export function SearchResults({ hits, highlight }: { hits: SearchHit[]; highlight: string | undefined }) {
  return (
    <ol className="divide-y divide-rule" aria-label="检索结果">
      {hits.map((hit) => (
        <li key={hit.id} className="py-4">
          <Link to="/articles/$articleId" params={{ articleId: hit.id }} search={{ hl: highlight }} className="group block">
            {hit.kicker.length > 0 && (
              <p className="text-sm text-muted">
                <Marked segments={hit.kicker} />
              </p>
            )}
            <h2 className="text-lg font-bold group-hover:text-accent">
              {hit.title.length > 0 ? <Marked segments={hit.title} /> : <span className="text-muted">（无题）</span>}
            </h2>
            {hit.subtitle.length > 0 && (
              <p className="text-sm">
                <Marked segments={hit.subtitle} />
              </p>
            )}
          </Link>
          <p className="mt-1 text-xs text-muted">
            <span className="font-bold text-ink">{hit.paperName}</span>
            <span className="mx-2">{dateLabel(hit.date)}</span>
            <Link to="/issues/$issueId/pages/$pageNo" params={{ issueId: hit.issueId, pageNo: String(hit.pageNo) }} className="hover:text-accent">
              {hitPageLabel(hit)}
            </Link>
            <span className="ml-2 border border-rule px-1">{kindLabel(hit.kind)}</span>
          </p>
          {hit.snippet.length > 0 && (
            <p className="mt-2 text-sm leading-relaxed break-all">
              <Marked segments={hit.snippet} />
            </p>
          )}
        </li>
      ))}
    </ol>
  )
}
