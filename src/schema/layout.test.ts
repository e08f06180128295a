import { describe, expect, it } from 'vitest'
import { dayBitmap, dayOfYear, hasDay, issueYear, keyHash, shardOf, yearSlug } from './layout'

describe('the split catalog’s naming helpers', () => {
  it('hashes keys with 32-bit FNV-1a, the same in the writer and the app', () => {
    expect(keyHash('')).toBe('811c9dc5')
    expect(keyHash('a')).toBe('e40c292c')
    expect(shardOf('a', 2)).toBe('e4')
  })

  it('counts days of the year, leap days included, and rejects dates that do not exist', () => {
    expect(dayOfYear('2024-01-01')).toBe(1)
    expect(dayOfYear('2024-12-31')).toBe(366)
    expect(dayOfYear('2023-12-31')).toBe(365)
    expect(dayOfYear('2023-02-29')).toBeUndefined()
  })

  it('round-trips days through the bitmap', () => {
    const days = [1, 2, 5, 60, 366]
    const bitmap = dayBitmap(days)
    for (let day = 1; day <= 366; day++) expect(hasDay(bitmap, day)).toBe(days.includes(day))
    expect(dayBitmap([])).toBe('')
  })

  it('files an issue under its date’s year, its inferred year, or the unknown year', () => {
    expect(issueYear({ date: '2024-11-30' })).toBe(2024)
    expect(issueYear({ year: 1998 })).toBe(1998)
    expect(issueYear({})).toBeNull()
    expect(yearSlug(null)).toBe('undated')
  })
})
