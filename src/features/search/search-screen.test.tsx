// /search over the fixture bundle under jsdom: no Web Worker there, so this also
// covers the main-thread fallback of the search client.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readBundleDir } from '@/build/bundle-files'
import { buildSearchFiles } from '@/search/build-shards'
import { normalize } from '@/search/normalize'
import { FIXTURE_DIR, fixtureFiles, renderApp } from '../../../test/render-app'

afterEach(() => {
  vi.unstubAllGlobals()
})

async function filesWithSearch(): Promise<{ files: Map<string, string>; count: (term: string) => number }> {
  const content = await readBundleDir(FIXTURE_DIR)
  const files = fixtureFiles()
  for (const [path, text] of buildSearchFiles(content.catalog, content.bodies)) files.set(path, text)
  const texts = [...content.bodies.values()].flatMap((b) => b.pages.flatMap((p) => p.articles.filter((a) => a.kind !== 'masthead')))
  const count = (term: string) => texts.filter((a) => normalize(JSON.stringify([a.kicker, a.title, a.subtitle, a.byline, a.paragraphs, a.figures])).includes(term)).length
  return { files, count }
}

describe('the search screen', () => {
  it('shows counted, highlighted results for ?q= and follows typing into the URL', async () => {
    const { files, count } = await filesWithSearch()
    const { router } = renderApp('/search?q=柯城', files)
    const total = await screen.findByTestId('search-total', {}, { timeout: 5000 })
    expect(Number(total.textContent)).toBe(count('柯城'))
    const results = screen.getByRole('list', { name: '检索结果' })
    expect(new Set(within(results).getAllByText('柯城', { selector: 'mark' }).map((m) => m.textContent))).toEqual(new Set(['柯城']))
    expect(within(results).getAllByRole('link')[0]!.getAttribute('href')).toMatch(/^\/articles\/[^?]+\?hl=%E6%9F%AF%E5%9F%8E$/)

    await act(async () => fireEvent.change(screen.getByRole('searchbox', { name: '检索词' }), { target: { value: '量子纠缠态' } }))
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: '量子纠缠态' }))
    expect(await screen.findByText(/没有找到包含“量子纠缠态”的文章/)).toBeTruthy()
  })

  it('keeps the query before a typed one in the history, however long the pause before Enter', async () => {
    const { files } = await filesWithSearch()
    const { router } = renderApp('/search?q=柯城', files)
    await screen.findByTestId('search-total', {}, { timeout: 5000 })
    const box = screen.getByRole('searchbox', { name: '检索词' })
    await act(async () => fireEvent.change(box, { target: { value: '衢州' } }))
    // The typed query reaches the URL before Enter.
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: '衢州' }))
    await act(async () => fireEvent.submit(box.closest('form')!))
    await act(async () => router.history.back())
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: '柯城' }))
    expect((screen.getByRole('searchbox', { name: '检索词' }) as HTMLInputElement).value).toBe('柯城')
  })
})
