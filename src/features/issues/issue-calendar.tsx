// The archive's date picker: one month as a calendar, the days with an issue marked and linked to it, with month and
// year navigation. Which month it shows lives in the URL (?year=&month=), so it works with back and forward.
import { Link } from '@tanstack/react-router'
import type { IssueEntry } from '@/schema/bundle'
import { formatDate } from '@/lib/format'

interface Props {
  paperId: string
  year: number
  /** 1–12 */
  month: number
  /** The year's issues (any order). */
  issues: readonly IssueEntry[]
  /** The paper's dated years, for stepping across a year's end. */
  years: readonly number[]
  /** Search params kept when the month changes (the place filter). */
  keep?: { place?: number }
}

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日']
const pad = (n: number) => String(n).padStart(2, '0')

export function IssueCalendar({ paperId, year, month, issues, years, keep = {} }: Props) {
  const byDay = new Map<number, IssueEntry>()
  const monthsWithIssues = new Set<number>()
  for (const issue of issues) {
    if (!issue.date) continue
    const [, m, d] = issue.date.split('-').map(Number) as [number, number, number]
    monthsWithIssues.add(m)
    // Newest first in the list, so the first issue of a day is kept (a day has one issue per paper).
    if (m === month && !byDay.has(d)) byDay.set(d, issue)
  }
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  // Monday first, as Chinese calendars are set.
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7
  const cells: (number | undefined)[] = [...Array<undefined>(lead), ...Array.from({ length: days }, (_, i) => i + 1)]
  const step = (delta: number) => {
    const at = year * 12 + (month - 1) + delta
    const target = { year: Math.floor(at / 12), month: (at % 12) + 1 }
    return years.includes(target.year) ? target : undefined
  }
  const prev = step(-1)
  const next = step(1)
  const monthLink = (target: { year: number; month: number }) => ({
    to: '/papers/$paperId' as const,
    params: { paperId },
    search: { ...keep, year: target.year, month: target.month },
  })
  const navButton = 'border border-rule px-2 py-0.5 hover:border-ink hover:text-accent'

  return (
    <section aria-labelledby="calendar-title" className="mt-6" data-testid="issue-calendar">
      <div className="flex items-center justify-between gap-2">
        {prev ? (
          <Link {...monthLink(prev)} className={navButton}>
            <span aria-hidden="true">‹ </span>上月<span className="sr-only"> {`${prev.year}年${prev.month}月`}</span>
          </Link>
        ) : (
          <span />
        )}
        <h2 id="calendar-title" className="nav-title" aria-live="polite">
          {year}年{month}月
        </h2>
        {next ? (
          <Link {...monthLink(next)} className={navButton}>
            下月<span className="sr-only"> {`${next.year}年${next.month}月`}</span>
            <span aria-hidden="true"> ›</span>
          </Link>
        ) : (
          <span />
        )}
      </div>
      <nav aria-label="月份" className="mt-2 flex flex-wrap justify-center gap-1 text-xs">
        {Array.from({ length: 12 }, (_, i) => i + 1).map((m) =>
          monthsWithIssues.has(m) ? (
            <Link
              key={m}
              {...monthLink({ year, month: m })}
              aria-current={m === month ? 'date' : undefined}
              className="px-1.5 py-0.5 hover:text-accent aria-[current]:bg-ink aria-[current]:text-paper"
            >
              {m}月
            </Link>
          ) : (
            <span key={m} className="px-1.5 py-0.5 text-muted">
              {m}月
            </span>
          ),
        )}
      </nav>
      <table className="mt-3 w-full table-fixed border-collapse text-center text-sm">
        <caption className="sr-only">
          {year}年{month}月的期次，有报纸的日期可点开
        </caption>
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col" className="py-1 text-xs font-normal text-muted">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: Math.ceil(cells.length / 7) }, (_, row) => (
            <tr key={row}>
              {Array.from({ length: 7 }, (_, col) => {
                const day = cells[row * 7 + col]
                const issue = day === undefined ? undefined : byDay.get(day)
                return (
                  <td key={col} className="border border-rule/60 p-0">
                    {issue ? (
                      <Link
                        to="/issues/$issueId"
                        params={{ issueId: issue.id }}
                        aria-label={`${month}月${day}日`}
                        title={formatDate(`${year}-${pad(month)}-${pad(day!)}`)}
                        className="block py-1.5 font-bold text-accent hover:bg-ink hover:text-paper"
                      >
                        {day}
                      </Link>
                    ) : (
                      <span className="block py-1.5 text-muted">{day ?? ''}</span>
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
