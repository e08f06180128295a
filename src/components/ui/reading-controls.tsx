import { useState } from 'react'
import { applyPrefs, FONT_STEPS, loadPrefs, type ReadingPrefs, savePrefs, THEMES } from '@/lib/preferences'

// 44 px targets on a phone (WCAG 2.5.5), compact beside a mouse.
const BUTTON = 'min-w-8 max-md:min-h-11 max-md:min-w-11 cursor-pointer border border-ink/50 px-1.5 py-0.5 hover:bg-ink hover:text-paper disabled:cursor-default disabled:opacity-40 disabled:hover:bg-transparent disabled:hover:text-ink'

/** 字号 (the reading text's size) and 主题 in the site header; the choice is remembered across visits. */
export function ReadingControls() {
  const [prefs, setPrefs] = useState(loadPrefs)

  function update(next: ReadingPrefs) {
    setPrefs(next)
    applyPrefs(next)
    savePrefs(next)
  }

  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs print:hidden">
      <div role="group" aria-label="字号" className="flex items-center gap-1">
        <span aria-hidden="true" className="text-muted">
          字号
        </span>
        <button type="button" className={BUTTON} title="缩小字号" disabled={prefs.fontStep === 0} onClick={() => update({ ...prefs, fontStep: prefs.fontStep - 1 })}>
          A−<span className="sr-only">缩小字号</span>
        </button>
        <button
          type="button"
          className={BUTTON}
          title="放大字号"
          disabled={prefs.fontStep === FONT_STEPS.length - 1}
          onClick={() => update({ ...prefs, fontStep: prefs.fontStep + 1 })}
        >
          A+<span className="sr-only">放大字号</span>
        </button>
      </div>
      <div role="group" aria-label="主题" className="flex items-center gap-1">
        <span aria-hidden="true" className="text-muted">
          主题
        </span>
        {THEMES.map((theme) => (
          <button
            key={theme.id}
            type="button"
            aria-pressed={prefs.theme === theme.id}
            className={`${BUTTON} aria-pressed:bg-ink aria-pressed:text-paper`}
            onClick={() => update({ ...prefs, theme: theme.id })}
          >
            {theme.label}
          </button>
        ))}
      </div>
    </div>
  )
}
