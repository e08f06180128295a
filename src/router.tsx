import type { QueryClient } from '@tanstack/react-query'
import { createRouter, type RouterHistory } from '@tanstack/react-router'
import { ErrorView } from '@/components/ui/error-view'
import { NotFound } from '@/components/ui/not-found'
import { Pending } from '@/components/ui/pending'
import { routeTree } from './routeTree.gen'

/** One router factory for the app and the component tests (which pass a memory history). */
export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    history,
    context: { queryClient },
    // Loaders only warm the query cache, so the router should always re-run them and let Query decide.
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    defaultNotFoundComponent: NotFound,
    defaultErrorComponent: ErrorView,
    defaultPendingComponent: Pending,
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
