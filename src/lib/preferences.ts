// Reading preferences (theme, type size), kept in localStorage across visits.
// index.html applies the same key before the app loads, so a reload never flashes the wrong theme.

/** 自动 follows the system's light or dark setting (prefers-color-scheme); the others are the reader's choice. */
export const THEMES = [
  { id: 'auto', label: '自动' },
  { id: 'light', label: '日间' },
  { id: 'sepia', label: '护眼' },
  { id: 'dark', label: '夜间' },
] as const
export type Theme = (typeof THEMES)[number]['id']

/**
 * Sizes of the reading text (headlines, stories, captions) in percent; the chrome around it keeps its size.
 * The first five are the sizes stored before there were seven, so a stored step keeps its size.
 */
export const FONT_STEPS = [87.5, 100, 112.5, 125, 150, 175, 200] as const
const DEFAULT_STEP = 1

export const PREFS_KEY = 'banmian.reading'

export interface ReadingPrefs {
  theme: Theme
  fontStep: number
}

const DEFAULTS: ReadingPrefs = { theme: 'auto', fontStep: DEFAULT_STEP }

/** Whatever is stored, sanitized: a hand-edited or stale value falls back to the default. */
export function loadPrefs(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): ReadingPrefs {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(PREFS_KEY) ?? '{}')
    const stored = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof ReadingPrefs, unknown>>
    const theme = THEMES.find((t) => t.id === stored.theme)?.id ?? DEFAULTS.theme
    const step = stored.fontStep
    const fontStep = typeof step === 'number' && Number.isInteger(step) && step >= 0 && step < FONT_STEPS.length ? step : DEFAULT_STEP
    return { theme, fontStep }
  } catch {
    return DEFAULTS
  }
}

export function savePrefs(prefs: ReadingPrefs, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(PREFS_KEY, JSON.stringify(prefs))
  } catch {
    // Private mode or a full quota: the choice still holds for this visit.
  }
}

/** Same as public/theme-init.js, which runs before the first paint. */
export function applyPrefs(prefs: ReadingPrefs, root: HTMLElement = document.documentElement): void {
  if (prefs.theme === 'auto') delete root.dataset.theme
  else root.dataset.theme = prefs.theme
  root.style.setProperty('--reading-scale', String((FONT_STEPS[prefs.fontStep] ?? 100) / 100))
}
