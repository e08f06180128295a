// Renders the whole app (router + query client) at a URL, serving /data/* from
// the fixture bundle through a stubbed fetch.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router'
import { render } from '@testing-library/react'
import { vi } from 'vitest'
import { createAppRouter } from '@/router'
import { fixtureFiles } from './fixture-files'

export { bodyPath, FIXTURE_DIR, fixtureContent, fixtureFiles, fixtureFilesWithArticle } from './fixture-files'

/** Serves `files` at /data/*; any other path, or a missing file, answers 404. */
export function stubBundleFetch(files: Map<string, string>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input)
    const text = url.startsWith('/data/') ? files.get(url.slice('/data/'.length)) : undefined
    return text === undefined ? new Response('not found', { status: 404 }) : new Response(text, { status: 200 })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

export function renderApp(path: string, files: Map<string, string> = fixtureFiles()) {
  const fetchMock = stubBundleFetch(files)
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [path] }))
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { ...view, router, queryClient, fetchMock }
}
