// The archive search off the main thread: importing the shards' FlexSearch
// indexes and answering queries never holds up typing or scrolling. Our own
// worker, not FlexSearch's: that one cannot take a custom encoder in the browser.
// While the search code loads (a chunk of its own: vite.config.ts builds the worker as an ES module), the entry asks for
// the manifest and, once the manifest and the first search are in, for the two files of the first shard that search reads
// (src/search/plan.ts): on a slow link, round trips fewer before the first results. Messages that come before the code
// are answered once it is in.
import type { SearchManifest } from '@/search/files'
import { shardPlan } from '@/search/plan'
import type { FromSearch, ToSearch } from './archive-search'
import { manifestData, prefetchData } from './search-data'

// Asked for at once; the search code takes the same parsed JSON.
const manifest = manifestData()
manifest.catch(() => undefined)
const early: ToSearch[] = []
let receive = (message: ToSearch): void => {
  if (message.type === 'search' && !early.some((m) => m.type === 'search')) void prefetchFirstShard(message)
  early.push(message)
}
self.onmessage = (event: MessageEvent<ToSearch>) => receive(event.data)

void import('./archive-search').then(
  ({ ArchiveSearch }) => {
    const search = new ArchiveSearch((message: FromSearch) => self.postMessage(message))
    receive = (message) => {
      search.receive(message)
    }
    for (const message of early.splice(0)) search.receive(message)
  },
  () => self.postMessage({ type: 'error', message: '检索程序未能载入' } satisfies FromSearch),
)

async function prefetchFirstShard({ request }: Extract<ToSearch, { type: 'search' }>): Promise<void> {
  try {
    const m = (await manifest) as SearchManifest
    const first = m.shards[shardPlan(m, request.filters, request.sort)[0] ?? -1]
    if (!first) return
    prefetchData(first.file)
    prefetchData(first.index)
  } catch {
    // No manifest, or one of another shape: the search code reports it.
  }
}
