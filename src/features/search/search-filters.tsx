// Filters and order of the results: paper, date range, kind, scope; all in the URL.
// Papers come from the search index; each option shows its count over the
// results so far (under the other filters) once a search has run.
import { getRouteApi } from '@tanstack/react-router'
import { ArticleKind } from '@/schema/bundle'
import type { SearchResponse } from '@/search/engine'
import { kindLabel, pageLabel } from '@/lib/format'
import type { SearchIndexInfo } from './archive-search'
import { dateLabel } from './search-results'

const route = getRouteApi('/search')
const SORTS = [
  ['relevance', '相关度'],
  ['newest', '最新在前'],
  ['oldest', '最早在前'],
] as const
const KINDS = ArticleKind.options.filter((k) => k !== 'masthead')
const FIELD = 'border border-rule bg-paper px-2 py-1 text-sm'

const counted = (label: string, n: number | undefined) => (n === undefined ? label : `${label}（${n}）`)

export function SearchFilters({ info, response }: { info: SearchIndexInfo | undefined; response: SearchResponse | undefined }) {
  const s = route.useSearch()
  const navigate = route.useNavigate()
  // Any change starts again at the first page of results.
  const set = (patch: Partial<typeof s>) => void navigate({ search: (prev) => ({ ...prev, ...patch, p: undefined }) })
  const issue = response?.scopeIssue
  const facets = response?.status === 'ok' ? response.facets : undefined
  const scope = s.scope ?? 'all'

  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-2 text-sm">
      {s.issue && (
        <fieldset className="flex items-center gap-2">
          <legend className="sr-only">范围</legend>
          {(['all', 'issue', ...(s.page ? (['page'] as const) : [])] as const).map((value) => (
            <label key={value} className="flex items-center gap-1">
              <input type="radio" name="scope" checked={scope === value} onChange={() => set({ scope: value === 'all' ? undefined : value })} />
              {value === 'all' ? '全部报纸' : value === 'issue' ? `本期${issue ? `（${issue.paperName} ${dateLabel(issue.date)}）` : ''}` : `本版（${pageLabel(s.page!)}）`}
            </label>
          ))}
        </fieldset>
      )}
      <label className="flex flex-col gap-0.5">
        <span className="text-xs text-muted">报纸</span>
        <select className={FIELD} value={s.paper ?? ''} onChange={(e) => set({ paper: e.target.value || undefined })}>
          <option value="">全部</option>
          {info?.papers.map((p) => (
            <option key={p.id} value={p.id}>
              {counted(p.name, facets && !s.paper ? (facets.papers[p.id] ?? 0) : undefined)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-0.5">
        <span className="text-xs text-muted">起始日期</span>
        <input type="date" className={FIELD} value={s.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
      </label>
      <label className="flex flex-col gap-0.5">
        <span className="text-xs text-muted">截止日期</span>
        <input type="date" className={FIELD} value={s.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
      </label>
      <label className="flex flex-col gap-0.5">
        <span className="text-xs text-muted">类别</span>
        <select className={FIELD} value={s.kind ?? ''} onChange={(e) => set({ kind: ArticleKind.safeParse(e.target.value).data })}>
          <option value="">全部</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {counted(kindLabel(k), facets ? (facets.kinds[k] ?? 0) : undefined)}
            </option>
          ))}
        </select>
      </label>
      <div role="group" aria-label="排序" className="ml-auto flex">
        {SORTS.map(([value, label]) => (
          <button
            key={value}
            type="button"
            aria-pressed={(s.sort ?? 'relevance') === value}
            onClick={() => set({ sort: value === 'relevance' ? undefined : value })}
            className="border border-rule px-2 py-1 aria-pressed:bg-ink aria-pressed:text-paper"
          >
            {label}
          </button>
        ))}
      </div>
    </div>
  )
}
