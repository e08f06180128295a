// The page's handle on the archive search: one worker per tab, started on first
// use (never before the first paint), and a hook that runs a request and
// re-renders as results and index progress arrive.
import { useEffect, useSyncExternalStore } from 'react'
import type { SearchRequest, SearchResponse } from '@/search/engine'
import type { FromSearch, SearchProgress, ToSearch } from './archive-search'

export interface SearchState {
  progress?: SearchProgress
  response?: SearchResponse
  /** The response answers an older request than the latest one. */
  stale: boolean
  error?: string
}

type Backend = { send(message: ToSearch): void }

class SearchClient {
  private state: SearchState = { stale: false }
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
    if (message.type === 'progress') this.set({ progress: message.progress })
    else if (message.type === 'error') this.set({ error: message.message })
    else if (message.seq >= this.answered) {
      this.answered = message.seq
      this.set({ response: message.response, stale: message.seq < this.seq, error: undefined })
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

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  snapshot = () => this.state
}

let client: SearchClient | undefined
const getClient = () => (client ??= new SearchClient())
const SERVER_STATE: SearchState = { stale: false }

/** Runs `request` (when given) in the archive search and follows its results and the index's loading. */
export function useArchiveSearch(request: SearchRequest | undefined): SearchState {
  const c = getClient()
  const key = request ? JSON.stringify(request) : ''
  useEffect(() => {
    if (key) c.search(JSON.parse(key) as SearchRequest)
  }, [c, key])
  return useSyncExternalStore(c.subscribe, c.snapshot, () => SERVER_STATE)
}
