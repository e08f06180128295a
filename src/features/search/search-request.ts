// The search a /search URL asks for: one reading of its parameters for the route's loader, which starts the search while
// the view's code loads, and for the view, which shows it (the same request, so the worker goes on with the same run).
import type { SearchParams } from '@/routes/search'
import type { SearchFilters, SearchRequest } from '@/search/engine'

/** Results per page. */
export const PER_PAGE = 20

/** The request for a page of results, or none for an empty query. */
export function searchRequestOf(s: SearchParams): SearchRequest | undefined {
  const q = s.q ?? ''
  if (!q.trim()) return undefined
  const filters: SearchFilters = { paperId: s.paper, from: s.from, to: s.to, kind: s.kind }
  if (s.scope && s.scope !== 'all' && s.issue) filters.issueId = s.issue
  if (s.scope === 'page' && s.issue && s.page) filters.pageNo = s.page
  if (s.place !== undefined) filters.place = String(s.place)
  const page = s.p ?? 1
  return { query: q, filters, sort: s.sort, offset: (page - 1) * PER_PAGE, limit: PER_PAGE }
}
