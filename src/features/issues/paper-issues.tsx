// One paper's past issues, one year at a time: the year list, the calendar of a month, then the year's issues by month.
import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { type IssueEntry as Issue, type Paper, paperLabel } from '@/schema/bundle'
import { PaperNote } from '@/components/ui/paper-note'
import { ChipCount, PERIOD_CHIP, PeriodChips, periodLabel } from '@/components/ui/period-chips'
import { IssueEntry } from './issue-entry'

interface Group {
  label: string
  months: { label: string; issues: Issue[] }[]
}

/** Issues (newest first) grouped by year and month; undated issues last, under 日期不详. */
export function groupByDate(issues: readonly Issue[]): Group[] {
  const groups: Group[] = []
  for (const issue of issues) {
    const [y, m] = issue.date ? issue.date.split('-').map(Number) : [issue.year]
    const year = y ? `${y}年` : '日期不详'
    const month = m ? `${m}月` : ''
    let group = groups.find((g) => g.label === year)
    if (!group) groups.push((group = { label: year, months: [] }))
    let bucket = group.months.find((b) => b.label === month)
    if (!bucket) group.months.push((bucket = { label: month, issues: [] }))
    bucket.issues.push(issue)
  }
  return groups
}

export interface YearChoice {
  year: number | null
  /** What the year holds in the current view: issues, or articles at the chosen place. */
  count: number
}

interface Props {
  paper: Paper
  /** Issues in the whole archive. */
  total: number
  years: readonly YearChoice[]
  selected: number | null
  /** Noun of the year counts: 期 or 篇. */
  unit: string
  /** The selected year's issues to list (newest first). */
  issues: readonly Issue[]
  /** Search params every year link keeps (the place filter). */
  keep?: { place?: number }
  /** Between the header and the years: the locality filter. */
  filter?: ReactNode
  /** Between the years and the list: the calendar, or the months with articles at the chosen place. */
  children?: ReactNode
}

export function PaperIssues({ paper, total, years, selected, unit, issues, keep = {}, filter, children }: Props) {
  return (
    <div className="mx-auto max-w-3xl">
      <title>{`${paperLabel(paper)} 往期 · 版面`}</title>
      <header className="border-b-4 border-double border-ink pb-3 text-center">
        {/* An unnamed paper gets a plain heading, not a nameplate. */}
        <h1 className={paper.unnamed ? 'text-2xl font-bold tracking-widest' : 'text-3xl font-bold tracking-[0.3em] md:text-5xl'}>
          {paper.name}
          <PaperNote paper={paper} />
        </h1>
        <p className="mt-2 text-sm text-muted">
          {[paper.edition, paper.locality].filter(Boolean).join(' · ')}
          {paper.edition || paper.locality ? ' · ' : ''}往期 {total} 期
        </p>
      </header>
      {filter}
      {years.length > 0 && (
        <PeriodChips label="年份">
          {years.map(({ year, count }) => (
            <li key={year ?? 'undated'}>
              <Link
                to="/papers/$paperId"
                params={{ paperId: paper.id }}
                search={{ ...keep, year: year ?? 'undated' }}
                aria-current={year === selected ? 'page' : undefined}
                className={PERIOD_CHIP}
              >
                {periodLabel(year, 'year')}
                <ChipCount n={count} unit={unit} />
              </Link>
            </li>
          ))}
        </PeriodChips>
      )}
      {children}
      {groupByDate(issues).map((year) => (
        <section key={year.label} aria-labelledby={`year-${year.label}`} className="mt-8">
          <h2 id={`year-${year.label}`} className="nav-title">
            {year.label}
          </h2>
          {year.months.map((month) => (
            <div key={month.label} className="mt-3 grid gap-x-6 sm:grid-cols-[4rem_1fr]">
              {month.label && <h3 className="font-bold text-accent">{month.label}</h3>}
              <ol className="space-y-2 sm:col-start-2">
                {month.issues.map((issue) => (
                  <IssueEntry key={issue.id} issue={issue} />
                ))}
              </ol>
            </div>
          ))}
        </section>
      ))}
      <p className="mt-10 text-center">
        <Link to="/" className="inline-block border border-ink px-4 py-1.5 text-sm hover:bg-ink hover:text-paper">
          返回首页
        </Link>
      </p>
    </div>
  )
}
