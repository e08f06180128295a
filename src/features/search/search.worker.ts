// The archive search off the main thread: importing the shards' FlexSearch
// indexes and answering queries never holds up typing or scrolling. Our own
// worker, not FlexSearch's: that one cannot take a custom encoder in the browser.
import { ArchiveSearch, type FromSearch, type ToSearch } from './archive-search'

const search = new ArchiveSearch((message: FromSearch) => self.postMessage(message))
self.onmessage = (event: MessageEvent<ToSearch>) => search.receive(event.data)
