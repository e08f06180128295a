// Reading preferences (theme, type size), kept in localStorage across visits.
// index.html applies the same key before the app loads, so a reload never flashes the wrong theme.

export const THEMES = [
  { id: 'light', label: '日间' },
  { id: 'sepia', label: '护眼' },
  { id: 'dark', label: '夜间' },
] as const
export type Theme = (typeof THEMES)[number]['id']

/** Root font sizes in percent; every rem-sized thing scales with them. */
export const FONT_STEPS = [87.5, 100, 112.5, 125, 150] as const
const DEFAULT_STEP = 1

export const PREFS_KEY = 'banmian.reading'

export interface ReadingPrefs {
  theme: Theme
  fontStep: number
}

const DEFAULTS: ReadingPrefs = { theme: 'light', fontStep: DEFAULT_STEP }

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

export function applyPrefs(prefs: ReadingPrefs, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = prefs.theme
  root.style.fontSize = `${FONT_STEPS[prefs.fontStep]}%`
}
