// Where the search worker finds the search files: the bundle's data folder. A module of its own, with no imports, so the
// worker's entry (search.worker.ts) can ask for files before the search code has loaded.

/** The search manifest's path in the data folder. */
const MANIFEST_PATH = 'search/manifest.json'

/** Requests made ahead of the code that reads them, by path. */
const early = new Map<string, Promise<Response>>()

const request = (path: string): Promise<Response> => fetch(`${import.meta.env.BASE_URL}data/${path}`)

/** A file of the bundle's data folder: the response to an early request for it (prefetchData), else a new request. */
export function fetchData(path: string): Promise<Response> {
  const started = early.get(path)
  if (!started) return request(path)
  early.delete(path)
  return started
}

/** Asks for a file before the code that reads it has loaded; fetchData then takes its response (this returns it too). */
export function prefetchData(path: string): Promise<Response> {
  const known = early.get(path)
  if (known) return known
  const started = request(path)
  // A failure is reported when the response is read, not as an unhandled rejection before then.
  started.catch(() => undefined)
  early.set(path, started)
  return started
}

let manifest: Promise<unknown> | undefined

/** The manifest's JSON, fetched and parsed once for the worker's entry and the search code (which validates it). */
export function manifestData(): Promise<unknown> {
  return (manifest ??= fetchData(MANIFEST_PATH).then((response) => {
    if (!response.ok) throw new Error(`${MANIFEST_PATH}: HTTP ${response.status}`)
    return response.json()
  }))
}
