import { describe, expect, it } from 'vitest'
import { loadPrefs, PREFS_KEY, savePrefs } from './preferences'

function memoryStorage(initial?: string) {
  const items = new Map<string, string>(initial === undefined ? [] : [[PREFS_KEY, initial]])
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) }
}

describe('reading preferences', () => {
  it('round-trips through storage', () => {
    const storage = memoryStorage()
    savePrefs({ theme: 'dark', fontStep: 3 }, storage)
    expect(loadPrefs(storage)).toEqual({ theme: 'dark', fontStep: 3 })
  })

  it.each([undefined, 'not json', '"dark"', '{"theme":"neon","fontStep":99}', '{"fontStep":1.5}'])('falls back to defaults for %s', (stored) => {
    expect(loadPrefs(memoryStorage(stored))).toEqual({ theme: 'light', fontStep: 1 })
  })
})
