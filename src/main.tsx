// The entry: boots the app (./app) once the page has painted what the server sent. A prerendered article or page
// (src/build/prerender.ts) then shows its text before the app's code runs, rather than after; the app's first render
// replaces it. index.html preloads the app's modules (vite.config.ts), so waiting a frame costs no round trip.
// The styles belong to the entry, so index.html links them and they apply to the prerendered text at once.
import './styles.css'

const boot = () => void import('./app')

if (document.getElementById('root')?.hasChildNodes()) requestAnimationFrame(() => setTimeout(boot, 0))
else boot()
