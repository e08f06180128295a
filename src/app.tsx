import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { type ReactNode, StrictMode, startTransition, useEffect } from 'react'
import { createRoot } from 'react-dom/client'
import { registerSW } from 'virtual:pwa-register'
import { appRendered, holdFonts, releaseFonts } from './lib/font-gate'
import { createAppRouter } from './router'

/** Tells public/theme-init.js that the app has rendered, so the web font's slices load after the app's code and data (src/lib/font-gate.ts). */
function Mounted({ children }: { children: ReactNode }) {
  useEffect(appRendered, [])
  return children
}

/**
 * Starts the app (src/main.tsx calls it once this module has been evaluated, in a task of its own). Returns once the router
 * is made; the route's load and the first render follow in later tasks.
 */
export function start(): void {
  // Bundle files are static: one retry covers a network blip, then the error view offers 重试.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 } } })
  const router = createAppRouter(queryClient)

  // The web font waits for the first route's data as well (and its view may hold it longer: a search's first results).
  holdFonts('first route')
  const resolved = router.subscribe('onResolved', () => {
    resolved()
    releaseFonts('first route')
  })

  const container = document.getElementById('root')!
  const root = createRoot(container)
  const mount = () =>
    startTransition(() =>
      root.render(
        <StrictMode>
          <QueryClientProvider client={queryClient}>
            <Mounted>
              <RouterProvider router={router} />
            </Mounted>
          </QueryClientProvider>
        </StrictMode>,
      ),
    )

  // A prerendered home, page or article (its <main id="main"> in the root, src/build/prerender.ts) already shows its text:
  // the app takes it over once the route's data is in, so the text is never swapped for 正在排版… on a slow link. A failed
  // load mounts too, and the route shows its error or 404. The app's shell (the site's bar and 正在载入…) has no text to
  // keep: there the app mounts at once and renders its layout while the data comes (about 100 ms sooner to the route's text
  // at 30 years; the same wait before the prerendered pages' app text).
  if (container.firstElementChild?.id === 'main') router.load().then(mount, mount)
  else mount()

  // After one visit the reader and the issues already opened work offline. Registered once the page is idle: the service
  // worker's script and its precache are for the next visit, not this one.
  if ('serviceWorker' in navigator) {
    const register = () => void registerSW({ immediate: true })
    if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 4000 })
    else setTimeout(register, 2000)
  }
}
