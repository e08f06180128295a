// A row of years or months to choose from, each with a count (往期 by year, a place's articles by month).
import type { ReactNode } from 'react'

/** The class of one choice: a chip, inverted when it is the current one (aria-current). */
export const PERIOD_CHIP =
  'inline-flex items-baseline gap-1 border border-rule px-2 py-0.5 hover:border-ink hover:text-accent aria-[current]:border-ink aria-[current]:bg-ink aria-[current]:text-paper'

export function PeriodChips({ label, children }: { label: string; children: ReactNode }) {
  return (
    <nav aria-label={label} className="mt-4">
      <ol className="flex flex-wrap gap-1.5 text-sm">{children}</ol>
    </nav>
  )
}

export function ChipCount({ n, unit }: { n: number; unit: string }) {
  return (
    <span className="text-xs opacity-70 tabular-nums">
      {n}
      {unit}
    </span>
  )
}

/** 2024年, 3月, or 日期不详 for the unknown. */
export function periodLabel(key: number | null, kind: 'year' | 'month'): string {
  return key === null ? '日期不详' : kind === 'year' ? `${key}年` : `${key}月`
}
