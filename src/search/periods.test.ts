import { describe, expect, it } from 'vitest'
import { cutByPeriod, periodOf } from './periods'

/** One item per day from `from` for `days` days, each of size 1. */
function days(from: string, count: number): { id: string; date: string }[] {
  const start = Date.parse(`${from}T00:00:00Z`)
  return Array.from({ length: count }, (_, k) => {
    const date = new Date(start + k * 86_400_000).toISOString().slice(0, 10)
    return { id: date, date }
  })
}
const cut = (items: { id: string; date: string }[], budget: number) => cutByPeriod(items, () => 1, budget).map((p) => p.period)

describe('cutting the archive by period', () => {
  it('names the period of a date at each level; a year-only date is the year’s first day', () => {
    expect(['decade', 'year', 'half', 'quarter', 'month', 'dekad', 'day'].map((l) => periodOf('2024-08-17', l as never))).toEqual([
      '2020s', '2024', '2024-H2', '2024-Q3', '2024-08', '2024-08-D2', '2024-08-17',
    ])
    expect(periodOf('2019', 'quarter')).toBe('2019-Q1')
  })

  it('keeps a decade that fits whole and cuts a larger one into years, halves and quarters', () => {
    expect(cut(days('2019-12-30', 5), 10)).toEqual(['2010s', '2020s'])
    // 366 days of 2024 against a budget of 100: quarters (91 or 92 days).
    expect(cut(days('2024-01-01', 366), 100)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'])
    expect(cut(days('2024-01-01', 366), 200)).toEqual(['2024-H1', '2024-H2'])
    // Each period is cut on its own: a short year stays whole next to a long one.
    expect(cut([...days('2022-03-01', 10), ...days('2024-01-01', 366)], 200)).toEqual(['2022', '2024-H1', '2024-H2'])
  })

  it('changes only the period of the new day when a day is added', () => {
    const before = cutByPeriod(days('2021-01-01', 1000), () => 1, 100)
    const after = cutByPeriod(days('2021-01-01', 1001), () => 1, 100)
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1))
    expect(after.at(-1)!.items).toHaveLength(before.at(-1)!.items.length + 1)
  })

  it('cuts down to a day at most, and runs undated items last within the budget', () => {
    const heavy = cutByPeriod(days('2024-05-01', 2), () => 50, 10)
    expect(heavy.map((p) => p.period)).toEqual(['2024-05-01', '2024-05-02'])
    const undated = cutByPeriod([{ id: 'a', date: '' }, { id: 'b', date: '' }, { id: 'c', date: '2024' }], () => 1, 1)
    expect(undated.map((p) => [p.period, p.items.map((i) => i.id).join()])).toEqual([
      ['2020s', 'c'],
      ['undated', 'a'],
      ['undated', 'b'],
    ])
  })
})
