// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { appRendered, holdFonts, releaseFonts, resetFontGate } from './font-gate'

function events(): string[] {
  const seen: string[] = []
  document.addEventListener('banmian:mounted', () => seen.push('mounted'))
  return seen
}

afterEach(resetFontGate)

describe('font gate', () => {
  it('tells theme-init.js once the app has rendered', () => {
    const seen = events()
    appRendered()
    appRendered()
    expect(seen).toEqual(['mounted'])
  })

  it('waits for every hold, before or after the app renders; a key is released once', () => {
    const seen = events()
    holdFonts('route')
    appRendered()
    holdFonts('results')
    holdFonts('results')
    releaseFonts('results')
    expect(seen).toEqual([])
    releaseFonts('results')
    releaseFonts('route')
    expect(seen).toEqual(['mounted'])
  })

  it('lets a hold after the event do nothing', () => {
    const seen = events()
    appRendered()
    holdFonts('results')
    expect(seen).toEqual(['mounted'])
    releaseFonts('results')
    expect(seen).toEqual(['mounted'])
  })
})
