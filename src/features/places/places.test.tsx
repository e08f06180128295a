import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PlaceRef } from '@/schema/bundle'
import { fixtureContent, fixtureFiles, renderApp } from '../../../test/render-app'

afterEach(() => {
  vi.unstubAllGlobals()
})

const PLACES = [
  { code: '33', name: '浙江省', level: 'province' },
  { code: '3308', name: '衢州市', level: 'city', parent: '33' },
  { code: '330802', name: '柯城区', level: 'county', parent: '3308' },
  { code: '330803', name: '衢江区', level: 'county', parent: '3308' },
  { code: '330824', name: '开化县', level: 'county', parent: '3308' },
  { code: '330824117', name: '池淮镇', level: 'town', parent: '330824' },
] as const
const name = (code: string) => PLACES.find((p) => p.code === code)!.name

/** Places by article id, main first (the fixture bundle itself predates the places step). */
const TAGS: Record<string, string[]> = {
  b1deer: ['330802'],
  a1gaoyi: ['3308', '33'],
  a1rnd: ['330802', '3308'],
  a4rnd: ['330802'],
  a4comm: ['330824117', '330824'],
  z1snow: ['3308', '330824'],
  z1road: ['330803'],
}

/** The fixture bundle with places tagged as the ingest would. */
function placedFixture(): Map<string, string> {
  const content = fixtureContent()
  const { catalog } = content
  catalog.places = [...PLACES]
  for (const issue of catalog.issues) for (const page of issue.pages) for (const a of page.articles) if (TAGS[a.id]) a.places = TAGS[a.id]
  for (const body of content.bodies.values())
    for (const page of body.pages)
      for (const a of page.articles) a.places = (TAGS[a.id] ?? []).map((code, i): PlaceRef => ({ code, name: name(code), ...(i === 0 ? { main: true } : {}) }))
  return fixtureFiles(content)
}

describe('the place page', () => {
  it('shows the chain, the sub-places with counts, and main articles before mentions', async () => {
    renderApp('/places/330824', placedFixture())
    expect(await screen.findByRole('heading', { level: 1, name: '开化县' })).toBeTruthy()
    const chain = screen.getByRole('navigation', { name: '地区层级' })
    expect(within(chain).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['全部地区', '/places'],
      ['浙江省', '/places/33'],
      ['衢州市', '/places/3308'],
      ['开化县', '/places/330824'],
    ])
    const main = screen.getByRole('region', { name: /主要报道/ })
    expect(within(main).getAllByRole('link', { name: '让创新成为发展的“硬支撑”' })).toHaveLength(1)
    const mentions = screen.getByRole('region', { name: /提及此地/ })
    expect(within(mentions).getByRole('link', { name: '我市迎来今冬第一场雪' }).getAttribute('href')).toBe('/articles/z1snow')
    expect(within(mentions).getByRole('link', { name: '衢州市' }).getAttribute('href')).toBe('/places/3308')
    const chart = screen.getByRole('figure', { name: '开化县下属地区' })
    expect(within(chart).getByRole('link', { name: '池淮镇' }).getAttribute('href')).toBe('/places/330824117')
    expect(within(chart).getByText('1')).toBeTruthy()
  })

  it('counts a city’s articles with its counties’ and lists them a month at a time, newest first', async () => {
    const { container, router } = renderApp('/places/3308', placedFixture())
    await screen.findByRole('heading', { level: 1, name: '衢州市' })
    expect(screen.getByText(/相关文章 7 篇/)).toBeTruthy()
    const order = () => [...container.querySelectorAll('[data-article]')].map((li) => li.getAttribute('data-article'))
    const months = screen.getByRole('navigation', { name: '月份' })
    expect(within(months).getAllByRole('link').map((a) => a.textContent)).toEqual(['12月1篇', '11月6篇'])
    expect(order()).toEqual(['b1deer'])
    fireEvent.click(within(months).getByRole('link', { name: '11月6篇' }))
    await waitFor(() => expect(router.state.location.search).toEqual({ year: 2024, month: 11 }))
    await waitFor(() => expect(order()).toEqual(['a1gaoyi', 'a1rnd', 'a4rnd', 'a4comm', 'z1snow', 'z1road']))
  })

  it.each(['/places/999999', '/places/abc', '/places/%3Cb%3E'])('shows the Chinese 404 for %s', async (path) => {
    renderApp(path, placedFixture())
    expect(await screen.findByRole('heading', { name: '此页未见刊载' })).toBeTruthy()
  })

  it('lists every place with its count on /places', async () => {
    renderApp('/places', placedFixture())
    const tree = await screen.findByRole('region', { name: '各级地区' })
    expect(within(tree).getByRole('link', { name: '衢州市' }).parentElement!.textContent).toMatch(/^衢州市\(7\)/)
    // Towns stay folded under their county until asked for.
    expect(within(tree).queryByRole('link', { name: '池淮镇' })).toBeNull()
    fireEvent.click(within(tree).getByRole('button', { name: '展开开化县的 1 个乡镇' }))
    expect(within(tree).getByRole('link', { name: '池淮镇' }).getAttribute('href')).toBe('/places/330824117')
  })
})

describe('places in the reader', () => {
  it('links an article’s places, the main one first and in bold', async () => {
    renderApp('/articles/a4comm', placedFixture())
    const line = await screen.findByTestId('article-places')
    const links = within(line).getAllByRole('link')
    expect(links.map((a) => a.textContent)).toEqual(['池淮镇', '开化县'])
    expect(links[0]!.className).toContain('font-bold')
    expect(links[0]!.getAttribute('href')).toBe('/places/330824117')
  })
})

describe('the paper archive’s locality filter', () => {
  it('narrows the issues to a place and its sub-places, with counts that match', async () => {
    const { router } = renderApp('/papers/quzhou-daily', placedFixture())
    const filter = await screen.findByRole('navigation', { name: '按地区筛选' })
    expect(within(filter).getByText('全部地区').textContent).toBe('全部地区 (12)')
    fireEvent.click(within(filter).getByRole('link', { name: '浙江省 (6)' }))
    await waitFor(() => expect(router.state.location.search).toEqual({ place: 33 }))
    fireEvent.click(await screen.findByRole('link', { name: '衢州市 (6)' }))
    fireEvent.click(await screen.findByRole('link', { name: '开化县 (2)' }))
    await waitFor(() => expect(router.state.location.href).toBe('/papers/quzhou-daily?place=330824'))
    expect(await screen.findByRole('heading', { level: 2, name: /本报涉及开化县的文章\s*2 篇/ })).toBeTruthy()
    // Both issues print an article at 开化县; a town narrows it to one.
    expect(screen.getAllByRole('link', { name: /^2024年11月(29|30)日/ })).toHaveLength(2)
    fireEvent.click(screen.getByRole('link', { name: '池淮镇 (1)' }))
    await waitFor(() => expect(screen.getAllByRole('link', { name: /^2024年11月(29|30)日/ })).toHaveLength(1))
  })

  it('ignores a place code the bundle does not use', async () => {
    renderApp('/papers/quzhou-daily?place=110101', placedFixture())
    const filter = await screen.findByRole('navigation', { name: '按地区筛选' })
    expect(within(filter).getByText('全部地区').getAttribute('aria-current')).toBe('true')
    expect(screen.getAllByRole('link', { name: /^2024年11月(29|30)日/ })).toHaveLength(2)
  })
})
