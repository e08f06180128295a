import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fixtureContent, fixtureFiles, renderApp } from '../../test/render-app'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('routes', () => {
  it('shows the newest issue’s front page and every paper on the home page', async () => {
    renderApp('/')
    // The fixture's newest issue is the 柯城 paper's, whose front page carries one story.
    expect(await screen.findByRole('heading', { name: '“小鹿灯计划”为重疾患儿点亮希望' })).toBeTruthy()
    expect(screen.getByRole('heading', { level: 3, name: /衢州日报/ })).toBeTruthy()
    expect(screen.getByRole('heading', { level: 3, name: /柯城新闻/ })).toBeTruthy()
  })

  it('asks for the newest issue’s body right after index.json, with no id-map shard or year list in between', async () => {
    const { fetchMock } = renderApp('/')
    await screen.findByRole('heading', { name: '“小鹿灯计划”为重疾患儿点亮希望' })
    const asked = fetchMock.mock.calls.map(([input]) => String(input).replace(/^.*\/data\//, ''))
    const body = asked.findIndex((path) => path.startsWith('issues/'))
    expect(body).toBeGreaterThan(0)
    expect(asked.slice(0, body)).toEqual(['index.json'])
  })

  it('redirects an issue to its first page', async () => {
    const { router } = renderApp('/issues/qzrb-20241130')
    await waitFor(() => expect(router.state.location.pathname).toBe('/issues/qzrb-20241130/pages/1'))
    expect(await screen.findByRole('heading', { name: '高屹率团赴韩国开展经贸考察访问' })).toBeTruthy()
  })

  it('addresses and names a page of a lettered section (A4) by its label, and follows marks and teasers to it', async () => {
    // The fixture issue as a paper printed in sections would have it: its page 4 is A4, the teaser and the (下转) mark name A4.
    const content = fixtureContent()
    const toA4 = (page: { number?: number; label?: string }) => {
      delete page.number
      page.label = 'A4'
    }
    toA4(content.catalog.issues.find((i) => i.id === 'qzrb-20241130')?.pages[1] ?? {})
    const [front, fourth] = content.bodies.get('qzrb-20241130')!.pages
    toA4(fourth ?? {})
    for (const a of front?.articles ?? []) {
      if (a.kind === 'teaser') Object.assign(a, { refersToLabel: 'A4', refersToText: '详见A4版' })
      if (a.id === 'a1rnd') a.continuedTo = { page: 4, label: 'A4', text: '(下转A4版)' }
    }
    renderApp('/issues/qzrb-20241130/pages/1', fixtureFiles(content))
    expect((await screen.findByRole('link', { name: '详见A4版 →' })).getAttribute('href')).toBe('/issues/qzrb-20241130/pages/A4')
    expect(screen.getByRole('link', { name: '(下转A4版)' }).getAttribute('href')).toBe('/issues/qzrb-20241130/pages/A4')
    const pages = screen.getByRole('navigation', { name: '版面导航' })
    fireEvent.click(within(pages).getByRole('link', { name: /第A4版/ }))
    expect(await screen.findByRole('heading', { name: '扎根中国大地赓续中华文脉厚植学术根基' })).toBeTruthy()
  })

  it('opens an article cold, by id alone', async () => {
    renderApp('/articles/a4rnd')
    expect(await screen.findByRole('heading', { level: 1, name: '柯城赋能创新发展“动力源”' })).toBeTruthy()
    expect(screen.getByRole('link', { name: '(上接第一版)' }).getAttribute('href')).toBe('/articles/a1rnd')
    // Back to the page, at the article's place on it.
    expect(screen.getByRole('link', { name: '返回第4版' }).getAttribute('href')).toBe('/issues/qzrb-20241130/pages/4#article-a4rnd')
  })

  it.each([
    ['an unknown article id', '/articles/no-such-article'],
    ['an unknown issue id', '/issues/no-such-issue/pages/1'],
    ['an unknown page number', '/issues/qzrb-20241130/pages/9'],
    ['an unknown path', '/no/such/path'],
    ['an unknown paper', '/papers/no-such-paper'],
    ['a page number that is not a number', '/issues/qzrb-20241130/pages/abc'],
    ['a page number with a leading zero', '/issues/qzrb-20241130/pages/01'],
    ['a lettered page the issue does not have', '/issues/qzrb-20241130/pages/A4'],
    ['a lowercase page label', '/issues/qzrb-20241130/pages/a1'],
    ['an issue id with markup', '/issues/%3Cscript%3Ealert(1)%3C%2Fscript%3E/pages/1'],
    ['an overlong article id', `/articles/${'a'.repeat(200)}`],
  ])('shows the Chinese 404 with a link home for %s', async (_what, path) => {
    renderApp(path)
    expect(await screen.findByRole('heading', { name: '此页未见刊载' })).toBeTruthy()
    expect(screen.getByRole('link', { name: '返回首页' }).getAttribute('href')).toBe('/')
  })

  it('walks to the same paper’s previous and next issue, and lists its past issues by date', async () => {
    const { router } = renderApp('/issues/qzrb-20241130/pages/4')
    const issues = await screen.findByRole('navigation', { name: '期次' })
    // The neighbours come from the year's list, which a latest issue (its entry is in index.json) loads after the page shows.
    expect((await within(issues).findByRole('link', { name: /上一期/ })).getAttribute('href')).toBe('/issues/qzrb-20241129')
    expect(within(issues).queryByRole('link', { name: /下一期/ })).toBeNull()
    fireEvent.click(within(issues).getByRole('link', { name: '本报往期' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/papers/quzhou-daily'))
    expect(await screen.findByRole('heading', { level: 1, name: '衢州日报' })).toBeTruthy()
    expect(screen.getByRole('heading', { level: 2, name: '2024年' })).toBeTruthy()
    expect(screen.getByRole('link', { name: '2024年11月29日 星期五' }).getAttribute('href')).toBe('/issues/qzrb-20241129')
  })

  it('marks ?hl= text in the article as text, and ignores an unusable ?hl=', async () => {
    const { container } = renderApp('/articles/a4rnd?hl=%E6%9F%AF%E5%9F%8E')
    await screen.findByRole('heading', { level: 1 })
    const marks = [...container.querySelectorAll('mark')]
    expect(marks.length).toBeGreaterThan(0)
    expect(marks.every((m) => m.textContent === '柯城')).toBe(true)
    expect(screen.getByText(`已标出“柯城”${marks.length}处`)).toBeTruthy()
  })

  it.each([
    ['markup', '?hl=%3Cimg%20src%3Dx%3E', (c: HTMLElement) => expect(c.querySelector('img')).toBeNull()],
    ['an object', '?hl=%7B%22a%22%3A1%7D', (c: HTMLElement) => expect(c.querySelector('mark')).toBeNull()],
  ])('survives ?hl= holding %s', async (_what, search, check) => {
    const { container } = renderApp(`/articles/a4rnd${search}`)
    expect(await screen.findByRole('heading', { level: 1, name: '柯城赋能创新发展“动力源”' })).toBeTruthy()
    check(container)
  })

  it('shows an error view when data fails to load, and 重试 loads it again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}) // the failure is expected; keep the output readable
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const files = fixtureFiles()
    const index = files.get('index.json')!
    files.delete('index.json')
    renderApp('/', files)
    expect(await screen.findByRole('heading', { name: '资料加载失败' })).toBeTruthy()
    expect(screen.getByRole('alert').textContent).toContain('index.json: HTTP 404')

    files.set('index.json', index)
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    expect(await screen.findByRole('heading', { name: '“小鹿灯计划”为重疾患儿点亮希望' })).toBeTruthy()
  })

  it('rejects data that does not match the bundle schema', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const files = fixtureFiles()
    files.set('index.json', JSON.stringify({ version: 1, papers: 'not a list' }))
    renderApp('/', files)
    expect(await screen.findByRole('heading', { name: '资料加载失败' })).toBeTruthy()
  })
})
