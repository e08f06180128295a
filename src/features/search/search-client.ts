// The page's handle on the archive search: one worker per tab, started on first
// use (never before the first paint), and a hook that runs a request and
// re-renders as results grow shard by shard; 停止 and 继续检索 go to the worker.
import { useEffect, useSyncExternalStore } from 'react'
import type { SearchRequest, SearchResponse } from '@/search/engine'
import type { FromSearch, SearchFetchStats, SearchIndexInfo, ToSearch } from './archive-search'

export interface SearchState {
  /** Papers, places and years of the index, once its manifest is in. */
  info?: SearchIndexInfo
  response?: SearchResponse
  /** Older (or newer) shards are still being searched. */
  searching: boolean
  /** The reader stopped the search: the response holds what was found so far. */
  stopped: boolean
  stats?: SearchFetchStats
  /** The response answers an older request than the latest one. */
  stale: boolean
  error?: string
}

type Backend = { send(message: ToSearch): void }

class SearchClient {
  private state: SearchState = { stale: false, searching: false, stopped: false }
  private listeners = new Set<() => void>()
  private seq = 0
  private answered = 0
  private backend: Backend

  constructor() {
    const receive = (message: FromSearch) => this.receive(message)
    if (typeof Worker === 'undefined') {
      // No workers (tests under jsdom): the same code on the main thread, loaded on demand.
      let pending: ToSearch | undefined
      let search: { receive(m: ToSearch): void } | undefined
      void import('./archive-search').then(({ ArchiveSearch }) => {
        search = new ArchiveSearch(receive)
        if (pending) search.receive(pending)
      })
      this.backend = { send: (m) => (search ? search.receive(m) : (pending = m)) }
    } else {
      const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' })
      worker.onmessage = (event: MessageEvent<FromSearch>) => receive(event.data)
      worker.onerror = () => receive({ type: 'error', message: '检索程序未能启动' })
      this.backend = { send: (m) => worker.postMessage(m) }
    }
  }

  private receive(message: FromSearch): void {
    if (message.type === 'index') this.set({ info: message.info })
    else if (message.type === 'error') this.set({ error: message.message })
    else if (message.seq >= this.answered) {
      this.answered = message.seq
      const { response, searching, stopped, stats } = message
      this.set({ response, searching, stopped, stats, stale: message.seq < this.seq, error: undefined })
    }
  }

  private set(patch: Partial<SearchState>): void {
    this.state = { ...this.state, ...patch }
    for (const listener of this.listeners) listener()
  }

  search(request: SearchRequest): void {
    this.seq++
    this.set({ stale: true })
    this.backend.send({ type: 'search', seq: this.seq, request })
  }

  stop = () => this.backend.send({ type: 'stop' })
  resume = () => this.backend.send({ type: 'resume' })

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  snapshot = () => this.state
}

let client: SearchClient | undefined
const getClient = () => (client ??= new SearchClient())

/**
 * Starts the search worker, which asks for the search files at once, and sends it `request`: a search link's route calls it
 * (src/routes/search.tsx) while the search view's own code is still on its way, a step less before the first results on a
 * slow link. The view then sends the same request, and the worker goes on with the same run.
 */
export function startArchiveSearch(request: SearchRequest): void {
  getClient().search(request)
}
const SERVER_STATE: SearchState = { stale: false, searching: false, stopped: false }

export interface ArchiveSearchControls {
  stop(): void
  resume(): void
}

/** Runs `request` (when given) in the archive search and follows its results as they grow. */
export function useArchiveSearch(request: SearchRequest | undefined): SearchState & ArchiveSearchControls {
  const c = getClient()
  const key = request ? JSON.stringify(request) : ''
  useEffect(() => {
    if (key) c.search(JSON.parse(key) as SearchRequest)
  }, [c, key])
  const state = useSyncExternalStore(c.subscribe, c.snapshot, () => SERVER_STATE)
  return { ...state, stop: c.stop, resume: c.resume }
}
