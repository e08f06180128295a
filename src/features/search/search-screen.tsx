// /search: the query box (results follow as you type), filters, and the results
// or a screen saying why there are none. Everything shown comes from the URL.
import { getRouteApi, Link } from '@tanstack/react-router'
import { useEffect, useRef, useState } from 'react'
import { MAX_QUERY_CHARS } from '@/search/query'
import { releaseFonts, SEARCH_RESULTS } from '@/lib/font-gate'
import { useArchiveSearch } from './search-client'
import { SearchFilters } from './search-filters'
import { SearchPlaceFilter } from './search-places'
import { PER_PAGE, searchRequestOf } from './search-request'
import { SearchResults } from './search-results'
import { SearchStatus } from './search-status'

const route = getRouteApi('/search')
const DEBOUNCE_MS = 200

export function SearchScreen() {
  const s = route.useSearch()
  const navigate = route.useNavigate()
  const q = s.q ?? ''
  const [draft, setDraft] = useState(q)
  const sent = useRef(q)
  // Whether the history already has an entry for the query being typed: its first update adds one, the rest replace it,
  // so Back returns to the query before, however long the reader paused before Enter.
  const typing = useRef(false)
  // The box takes the focus in the frame after the first render, not with autoFocus: React focuses an autoFocus element
  // in its commit, which forces a layout of the whole view in the same task (about 100 ms of a phone's CPU, Lighthouse).
  const box = useRef<HTMLInputElement>(null)
  useEffect(() => {
    const frame = requestAnimationFrame(() => box.current?.focus())
    return () => cancelAnimationFrame(frame)
  }, [])

  // Back/forward or a new link changed the query: show it. (Our own debounced update is ignored.)
  useEffect(() => {
    if (q !== sent.current) {
      sent.current = q
      typing.current = false
      setDraft(q)
    }
  }, [q])

  const commit = (text: string, replace: boolean) => {
    sent.current = text
    void navigate({ search: (prev) => ({ ...prev, q: text || undefined, p: undefined }), replace })
  }

  useEffect(() => {
    if (draft === sent.current) return
    const timer = setTimeout(() => {
      commit(draft, typing.current)
      typing.current = true
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- commit only reads the latest draft
  }, [draft])

  const page = s.p ?? 1
  const request = searchRequestOf(s)
  const state = useArchiveSearch(request)
  const response = request ? state.response : undefined
  // The first results are this view's content: the web font's slices wait for them, or an error (the route holds it).
  const answered = !request || state.error !== undefined || state.stopped || (response !== undefined && (response.hits.length > 0 || response.pendingShards === 0))
  useEffect(() => {
    if (answered) releaseFonts(SEARCH_RESULTS)
    // Leaving before the results lets the font go too.
    else return () => releaseFonts(SEARCH_RESULTS)
  }, [answered])
  // While older shards are being searched the total is a lower bound: a next page may still come.
  const more = Boolean(response && response.pendingShards > 0)
  const pages = response ? Math.max(Math.ceil(response.total / PER_PAGE), more ? page + 1 : 0) : 0

  return (
    <div className="mx-auto max-w-3xl">
      <title>{q ? `检索：${q.slice(0, 40)} · 版面` : '检索 · 版面'}</title>
      <h1 className="sr-only">检索</h1>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault()
          // Enter ends the typing: the next query typed gets an entry of its own.
          if (draft !== q) commit(draft, typing.current)
          typing.current = false
        }}
      >
        <label htmlFor="search-q" className="sr-only">
          检索词
        </label>
        <div className="flex gap-2">
          <input
            id="search-q"
            ref={box}
            type="search"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            placeholder="人名、地名或词句，如：衢州 “共同富裕” -广告"
            className="min-w-0 flex-1 border-2 border-ink bg-paper px-3 py-2 text-lg"
            autoComplete="off"
          />
          <button type="submit" className="border-2 border-ink bg-ink px-4 text-paper">
            检索
          </button>
        </div>
      </form>
      <div className="mt-3">
        <SearchFilters info={state.info} response={response} />
      </div>
      {state.info && response && <SearchPlaceFilter places={state.info.places} response={response} />}
      <SearchStatus q={q} state={state} response={response} />
      {response && response.hits.length > 0 && (
        <>
          <SearchResults hits={response.hits} highlight={response.terms[0]} />
          {pages > 1 && (
            <nav aria-label="结果分页" className="mt-4 flex items-center justify-between text-sm">
              {page > 1 ? (
                <Link from="/search" search={(prev) => ({ ...prev, p: page - 1 === 1 ? undefined : page - 1 })} className="hover:text-accent">
                  ← 上一页
                </Link>
              ) : (
                <span />
              )}
              <span className="text-muted">
                第 {page} / {pages}
                {more ? '+' : ''} 页
              </span>
              {page < pages ? (
                <Link from="/search" search={(prev) => ({ ...prev, p: page + 1 })} className="hover:text-accent">
                  下一页 →
                </Link>
              ) : (
                <span />
              )}
            </nav>
          )}
        </>
      )}
      {response?.truncated && <p className="mt-4 text-sm text-muted">检索词过长，只按前 {MAX_QUERY_CHARS} 个字（最多 12 个词）检索。</p>}
    </div>
  )
}
