import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { archiveArticleId, archiveFixture, archiveIssueId } from '../../../test/archive-fixture'
import { fixtureFiles, renderApp } from '../../../test/render-app'

afterEach(() => {
  vi.unstubAllGlobals()
})

const DATES = ['2022-12-31', '2023-01-02', '2023-11-30', '2023-12-31', '2024-01-01', '2024-11-29', '2024-11-30']
const files = () => fixtureFiles(archiveFixture(DATES))
const hrefOf = (link: HTMLElement) => link.getAttribute('href')

describe('a paper’s archive, one year at a time', () => {
  it('lists the years with their issue counts and only the chosen year’s issues', async () => {
    const { router } = renderApp('/papers/quzhou-daily', files())
    const years = await screen.findByRole('navigation', { name: '年份' })
    expect(within(years).getAllByRole('link').map((a) => a.textContent)).toEqual(['2024年3期', '2023年3期', '2022年1期'])
    expect(within(years).getByRole('link', { name: /^2024年/ }).getAttribute('aria-current')).toBe('page')
    expect(screen.getByRole('link', { name: '2024年1月1日 星期一' })).toBeTruthy()
    expect(screen.queryByRole('link', { name: /^2023年12月31日/ })).toBeNull()

    fireEvent.click(within(years).getByRole('link', { name: /^2023年/ }))
    await waitFor(() => expect(router.state.location.search).toEqual({ year: 2023 }))
    expect(await screen.findByRole('link', { name: '2023年12月31日 星期日' })).toBeTruthy()
    expect(screen.queryByRole('link', { name: /^2024年1月1日/ })).toBeNull()
  })

  it('lists a daily’s long year one month at a time: the calendar’s month, and another month when it is chosen', async () => {
    // Every day of October to December 2024: 92 issues, more than a weekly's year.
    const days = Array.from({ length: 92 }, (_, i) => new Date(Date.UTC(2024, 9, 1 + i)).toISOString().slice(0, 10))
    renderApp('/papers/quzhou-daily', fixtureFiles(archiveFixture(days)))
    expect(await screen.findByText(/^下列2024年12月的 31 期（全年 92 期）/)).toBeTruthy()
    const listed = () => screen.getAllByRole('link', { name: /^2024年\d+月\d+日 星期/ }).map((a) => a.textContent)
    expect(listed()).toHaveLength(31)
    expect(listed()[0]).toBe('2024年12月31日 星期二')
    expect(screen.queryByRole('link', { name: /^2024年11月30日/ })).toBeNull()

    fireEvent.click(within(screen.getByTestId('issue-calendar')).getByRole('link', { name: /^上月/ }))
    expect(await screen.findByText(/^下列2024年11月的 30 期/)).toBeTruthy()
    expect(screen.getByRole('link', { name: '2024年11月30日 星期六' })).toBeTruthy()
    expect(screen.queryByRole('link', { name: /^2024年12月31日/ })).toBeNull()
  })

  it('shows a month as a calendar whose marked days open their issue, and steps across the year’s end', async () => {
    const { router } = renderApp('/papers/quzhou-daily', files())
    const calendar = await screen.findByTestId('issue-calendar')
    expect(within(calendar).getByRole('heading', { name: '2024年11月' })).toBeTruthy()
    expect(within(calendar).getAllByRole('link', { name: /^11月\d+日$/ }).map(hrefOf)).toEqual(['/issues/qzrb-20241129', '/issues/qzrb-20241130'])
    // Months without an issue are not links.
    expect(within(within(calendar).getByRole('navigation', { name: '月份' })).getAllByRole('link').map((a) => a.textContent)).toEqual(['1月', '11月'])

    fireEvent.click(within(calendar).getByRole('link', { name: '1月' }))
    await screen.findByRole('heading', { name: '2024年1月' })
    fireEvent.click(screen.getByRole('link', { name: /^上月\s*2023年12月$/ }))
    const december = await screen.findByRole('heading', { name: '2023年12月' })
    expect(router.state.location.search).toEqual({ year: 2023, month: 12 })
    const day = within(december.closest('section')!).getByRole('link', { name: '12月31日' })
    fireEvent.click(day)
    await waitFor(() => expect(router.state.location.pathname).toBe('/issues/qzrb-20231231/pages/1'))
  })

  it('opens the issue of a date given as ?date=, and shows its month when there is none', async () => {
    const { router } = renderApp('/papers/quzhou-daily?date=2023-01-02', files())
    await waitFor(() => expect(router.state.location.pathname).toBe('/issues/qzrb-20230102/pages/1'))
    renderApp('/papers/quzhou-daily?date=2023-11-15', files())
    expect(await screen.findByRole('heading', { name: '2023年11月' })).toBeTruthy()
  })
})

describe('期次 and 往年今日 on a page', () => {
  it('steps to the previous and next issue across a year’s end', async () => {
    renderApp('/issues/qzrb-20240101/pages/1', files())
    const nav = await screen.findByRole('navigation', { name: '期次' })
    await waitFor(() => expect(hrefOf(within(nav).getByRole('link', { name: /上一期/ }))).toBe('/issues/qzrb-20231231'))
    expect(hrefOf(within(nav).getByRole('link', { name: /下一期/ }))).toBe('/issues/qzrb-20241129')
  })

  it('offers no previous issue before the first one', async () => {
    renderApp('/issues/qzrb-20221231/pages/1', files())
    const first = await screen.findByRole('navigation', { name: '期次' })
    await waitFor(() => expect(hrefOf(within(first).getByRole('link', { name: /下一期/ }))).toBe('/issues/qzrb-20230102'))
    expect(within(first).queryByRole('link', { name: /上一期/ })).toBeNull()
  })

  it('lists the same day in other years and opens that issue', async () => {
    const { router } = renderApp('/issues/qzrb-20241130/pages/1', files())
    const sameDay = await screen.findByRole('region', { name: '往年今日' })
    const links = within(sameDay).getAllByRole('link')
    expect(links.map((a) => a.textContent)).toEqual(['2023年11月30日'])
    fireEvent.click(links[0]!)
    await waitFor(() => expect(router.state.location.pathname).toBe('/issues/qzrb-20231130/pages/1'))
  })

  it('opens an article of an older year cold, through the id map', async () => {
    renderApp(`/articles/${archiveArticleId('a4rnd', '2022-12-31')}`, files())
    expect(await screen.findByRole('heading', { level: 1, name: '柯城赋能创新发展“动力源”' })).toBeTruthy()
    expect(screen.getByText('2022年12月31日')).toBeTruthy()
    expect(archiveIssueId('2022-12-31')).toBe('qzrb-20221231')
  })
})
