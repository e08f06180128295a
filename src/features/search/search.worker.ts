// The archive search off the main thread: indexing shards and answering
// queries never holds up typing or scrolling.
import { ArchiveSearch, type FromSearch, type ToSearch } from './archive-search'

const search = new ArchiveSearch((message: FromSearch) => self.postMessage(message))
self.onmessage = (event: MessageEvent<ToSearch>) => search.receive(event.data)
