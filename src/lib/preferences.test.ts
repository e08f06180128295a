import { describe, expect, it } from 'vitest'
import { applyPrefs, loadPrefs, PREFS_KEY, savePrefs } from './preferences'

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
    expect(loadPrefs(memoryStorage(stored))).toEqual({ theme: 'auto', fontStep: 1 })
  })

  it('keeps a size stored when there were five steps, and reads the two larger ones', () => {
    expect(loadPrefs(memoryStorage('{"theme":"sepia","fontStep":4}'))).toEqual({ theme: 'sepia', fontStep: 4 })
    expect(loadPrefs(memoryStorage('{"fontStep":6}')).fontStep).toBe(6)
  })

  it('scales the reading text only, and leaves the theme to the system on 自动', () => {
    const root = { dataset: { theme: 'dark' } as DOMStringMap, style: new Map<string, string>() }
    const el = { dataset: root.dataset, style: { setProperty: (k: string, v: string) => root.style.set(k, v) } } as unknown as HTMLElement
    applyPrefs({ theme: 'auto', fontStep: 5 }, el)
    expect(root.dataset.theme).toBeUndefined()
    expect(root.style.get('--reading-scale')).toBe('1.75')
    applyPrefs({ theme: 'sepia', fontStep: 1 }, el)
    expect(root.dataset.theme).toBe('sepia')
    expect(root.style.get('--reading-scale')).toBe('1')
  })
})
