// How the build cuts the archive into search shards: by calendar period, from
// the oldest end. A decade that fits the budget is one shard; one that does not
// is cut into years, a year into halves, then quarters, months, ten-day spans
// (上中下旬) and days, each period on its own. A shard's bounds depend only on
// the issues inside its own period, so adding a day's issues changes only the
// shard of that day (the newest), and every older shard keeps its file and its
// cached copy in the browser. Pure: the build and the tests call it.

export const LEVELS = ['decade', 'year', 'half', 'quarter', 'month', 'dekad', 'day'] as const
export type PeriodLevel = (typeof LEVELS)[number]

const DATED = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/

/** Whether a date (YYYY-MM-DD, or YYYY when only the year is known) can be placed in a period. */
export function isDated(date: string): boolean {
  return DATED.test(date)
}

/** The period of `level` that holds `date`; a year-only date counts as the year's first day. */
export function periodOf(date: string, level: PeriodLevel): string {
  const [, y = '', mm = '01', dd = '01'] = DATED.exec(date) ?? []
  const m = Number(mm)
  const d = Number(dd)
  switch (level) {
    case 'decade':
      return `${y.slice(0, 3)}0s`
    case 'year':
      return y
    case 'half':
      return `${y}-H${m <= 6 ? 1 : 2}`
    case 'quarter':
      return `${y}-Q${Math.ceil(m / 3)}`
    case 'month':
      return `${y}-${mm}`
    case 'dekad':
      return `${y}-${mm}-D${d <= 10 ? 1 : d <= 20 ? 2 : 3}`
    case 'day':
      return `${y}-${mm}-${dd}`
  }
}

export interface Period<T> {
  period: string
  /** Oldest first. */
  items: T[]
}

/**
 * Cuts items into periods of at most `budget` (by `size`), oldest period first,
 * undated items last in runs of at most `budget` (a single day or item over the
 * budget stays whole).
 */
export function cutByPeriod<T extends { date: string; id: string }>(items: readonly T[], size: (item: T) => number, budget: number): Period<T>[] {
  const byDate = (a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  const dated = items.filter((i) => isDated(i.date)).sort(byDate)
  const undated = items.filter((i) => !isDated(i.date)).sort(byDate)
  const out: Period<T>[] = []
  const total = (list: readonly T[]) => list.reduce((n, i) => n + size(i), 0)

  const cut = (list: T[], level: number) => {
    const groups = new Map<string, T[]>()
    for (const item of list) {
      const key = periodOf(item.date, LEVELS[level]!)
      const group = groups.get(key)
      if (group) group.push(item)
      else groups.set(key, [item])
    }
    for (const [period, group] of groups) {
      if (level === LEVELS.length - 1 || total(group) <= budget) out.push({ period, items: group })
      else cut(group, level + 1)
    }
  }
  if (dated.length) cut(dated, 0)

  let run: T[] = []
  let runSize = 0
  const flush = () => {
    if (run.length) out.push({ period: 'undated', items: run })
    run = []
    runSize = 0
  }
  for (const item of undated) {
    if (run.length && runSize + size(item) > budget) flush()
    run.push(item)
    runSize += size(item)
  }
  flush()
  return out
}
