// When the web font's slices may load. public/theme-init.js starts them on the event banmian:mounted, which is sent here
// once the app has rendered and nothing holds the font back: the first route's data (src/main.tsx holds it until the router
// has resolved) and, where a view's content comes after that, the view (a search link holds it until its first results,
// which come from the search worker). On a slow link the slices, several hundred KB, would otherwise take the bandwidth
// that content needs (Lighthouse mobile, /search?q=: the slices loaded between the search worker's script and the search
// files, and the results showed at 4.9 s).

/** The hold a search link's route takes (src/routes/search.tsx) and its view lets go with its first results. */
export const SEARCH_RESULTS = 'search results'

let rendered = false
let sent = false
const holds = new Set<string>()

function sendWhenFree(): void {
  if (sent || !rendered || holds.size > 0) return
  sent = true
  document.dispatchEvent(new Event('banmian:mounted'))
}

/** The app has rendered (src/main.tsx). */
export function appRendered(): void {
  rendered = true
  sendWhenFree()
}

/** Holds the web font back until releaseFonts(key); after the font has been let go, a hold does nothing. */
export function holdFonts(key: string): void {
  if (!sent) holds.add(key)
}

export function releaseFonts(key: string): void {
  if (holds.delete(key)) sendWhenFree()
}

/** For tests: as at page load. */
export function resetFontGate(): void {
  rendered = false
  sent = false
  holds.clear()
}
