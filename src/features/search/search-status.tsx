// What the results area says besides the results: how many, which years have
// been searched and whether older ones still are (with 停止 / 继续检索), and the
// screens for an empty query, no results and errors.
import type { SearchResponse } from '@/search/engine'
import type { SearchState } from './search-client'

const SYNTAX = [
  ['空格分开的几个词', '都须出现：衢州 大会'],
  ['引号括起的词句', '整句出现：“高质量 发展”'],
  ['词前加减号', '排除：衢州 -广告'],
]

const BUTTON = 'border border-ink px-2 py-0.5 text-xs hover:bg-ink hover:text-paper'

/** 已检索 2015–2024 年 */
export function searchedYears(response: SearchResponse): string {
  const y = response.searchedYears
  if (!y) return response.searchedShards > 0 ? '已检索部分年份' : '尚未检索'
  return y.from === y.to ? `已检索 ${y.from} 年` : `已检索 ${y.from}–${y.to} 年`
}

interface Props {
  q: string
  state: SearchState & { stop(): void; resume(): void }
  response: SearchResponse | undefined
}

export function SearchStatus({ q, state, response }: Props) {
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
      </div>
    )
  }
  if (!response) {
    return (
      <p className="mt-6 text-sm text-muted" role="status">
        检索中…
      </p>
    )
  }
  if (response.status === 'exclusions-only') {
    return <p className="mt-6 text-sm">请至少输入一个要查找的词；带减号的词只用于排除。</p>
  }
  const complete = response.pendingShards === 0
  const further = response.pendingDirection === 'older' ? '更早' : '更晚'
  const quoted = `“${q.length > 40 ? `${q.slice(0, 40)}…` : q}”`
  return (
    <div className="mt-6 mb-2 space-y-1">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm" role="status" aria-live="polite">
        {complete ? (
          response.total > 0 ? (
            <span>
              共 <strong data-testid="search-total">{response.total}</strong> 篇
            </span>
          ) : (
            <span>没有找到包含{quoted}的文章。</span>
          )
        ) : (
          <>
            <span data-testid="search-progress">
              {response.total > 0 ? (
                <>
                  {state.stopped ? '至少' : '已找到'} <strong data-testid="search-found">{response.total}</strong> 篇，
                </>
              ) : state.stopped ? (
                `没有找到包含${quoted}的文章，`
              ) : (
                '暂无结果，'
              )}
              {searchedYears(response)}
              {state.stopped ? `，${further}的年份未检索。` : `，正在检索${further}的年份…`}
            </span>
            {state.stopped ? (
              <button type="button" className={BUTTON} onClick={state.resume}>
                继续检索
              </button>
            ) : (
              <button type="button" className={BUTTON} onClick={state.stop}>
                停止
              </button>
            )}
          </>
        )}
      </p>
      {complete && response.total === 0 && <p className="text-sm text-muted">试试更短的词、检查错别字，或放宽报纸、日期和类别的筛选。</p>}
    </div>
  )
}
