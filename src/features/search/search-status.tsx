// What the results area says besides the results: how many, how far the index
// has loaded, and the screens for an empty query, no results and errors.
import type { SearchResponse } from '@/search/engine'
import type { SearchState } from './search-client'

const SYNTAX = [
  ['空格分开的几个词', '都须出现：衢州 大会'],
  ['引号括起的词句', '整句出现：“高质量 发展”'],
  ['词前加减号', '排除：衢州 -广告'],
]

function LoadProgress({ state }: { state: SearchState }) {
  const p = state.progress
  if (!p || p.loadedShards >= p.totalShards) return null
  return (
    <p className="flex items-center gap-2 text-xs text-muted" role="status">
      <progress max={p.totalBytes || 1} value={p.loadedBytes} className="h-1.5 w-32 accent-accent" />
      正在载入检索索引（{p.loadedShards}/{p.totalShards}），已载入部分的结果先行显示
    </p>
  )
}

export function SearchStatus(props: { q: string; state: SearchState; response: SearchResponse | undefined; catalogLoaded: boolean }) {
  const { q, state, response } = props
  if (state.error) {
    return (
      <div role="alert" className="mt-8 border border-accent p-4">
        <p className="font-bold">检索索引未能载入。</p>
        <p className="mt-1 text-sm text-muted">{state.error}</p>
        <button type="button" className="mt-3 border border-ink px-3 py-1 text-sm" onClick={() => location.reload()}>
          重试
        </button>
      </div>
    )
  }
  if (!q.trim()) {
    return (
      <div className="mt-8 space-y-2 text-sm">
        <p>输入人名、地名或词句，检索全部报纸的文章。中文按字逐一比对，一个字也能查。</p>
        <ul className="space-y-1 text-muted">
          {SYNTAX.map(([what, how]) => (
            <li key={what}>
              {what}：{how}
            </li>
          ))}
        </ul>
        <LoadProgress state={state} />
      </div>
    )
  }
  if (!response) {
    return (
      <div className="mt-6 space-y-2">
        <p className="text-sm text-muted" role="status">
          检索中…
        </p>
        <LoadProgress state={state} />
      </div>
    )
  }
  if (response.status === 'exclusions-only') {
    return <p className="mt-6 text-sm">请至少输入一个要查找的词；带减号的词只用于排除。</p>
  }
  const more = response.pendingShards > 0
  return (
    <div className="mt-6 mb-2 space-y-1">
      <p className="text-sm" role="status" aria-live="polite">
        {response.total > 0 ? (
          <>
            共 <strong data-testid="search-total">{response.total}</strong> 篇{more ? '（索引载入中，可能还有更多）' : ''}
          </>
        ) : more ? (
          '检索中…'
        ) : (
          <>没有找到包含“{q.length > 40 ? `${q.slice(0, 40)}…` : q}”的文章。</>
        )}
      </p>
      {response.total === 0 && !more && <p className="text-sm text-muted">试试更短的词、检查错别字，或放宽报纸、日期和类别的筛选。</p>}
      <LoadProgress state={state} />
    </div>
  )
}
