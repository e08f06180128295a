// A paper's archive, one year at a time: which years to offer (all, or those with articles at the chosen place), the
// chosen year's issues from its own file and the calendar; with a place chosen, one month's articles there and the
// issues that print them. Nothing here loads the whole archive.
import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import type { IssueEntry, PaperArchive, PaperYear, Paper } from '@/schema/bundle'
import { ChipCount, PERIOD_CHIP, PeriodChips, periodLabel } from '@/components/ui/period-chips'
import { issueCount } from '@/lib/data/library-index-query'
import { placeMonthsQueryOptions } from '@/lib/data/lookup-query'
import { type ArticleEntry, newestFirst, type Period, placeEntries, sumBy } from '@/lib/data/place-entries'
import { paperYearQueryOptions, placedArticlesQueryOptions } from '@/lib/data/paper-year-query'
import { descendantCodes, inPlace, type PlaceTree } from '@/lib/places'
import { IssueCalendar } from './issue-calendar'
import { PaperIssues, type YearChoice } from './paper-issues'

export interface ArchiveSearch {
  year?: number | 'undated'
  month?: number
  date?: string
}

/** What the locality filter is given: the route renders it (features do not import each other). */
export interface PlaceFilterProps {
  place?: string
  /** The shown month's articles at the chosen place. */
  matching: readonly ArticleEntry[]
  /** Articles at the chosen place in every year. */
  matchingTotal: number
  periodLabel: string
}

interface Props {
  paper: Paper
  archive: PaperArchive
  tree: PlaceTree
  /** The chosen place's code, when the bundle knows it. */
  place?: string
  search: ArchiveSearch
  renderFilter: (props: PlaceFilterProps) => ReactNode
}

/** Issues in a year that the list shows whole (a weekly's year); a longer year is listed one month at a time. */
const WHOLE_YEAR_MAX = 62

const wantedYear = (search: ArchiveSearch) => (search.year === 'undated' ? null : (search.year ?? (search.date ? Number(search.date.slice(0, 4)) : undefined)))

export function PaperArchiveScreen(props: Props) {
  if (props.place) return <PlaceArchive {...props} place={props.place} />
  const years = props.archive.years.map((y) => ({ year: y.year, count: y.issues }))
  const choice = years.find((y) => y.year === wantedYear(props.search)) ?? years[0]
  const entry = choice && props.archive.years.find((y) => y.year === choice.year)
  if (!entry) return <Archive {...props} years={years} unit="期" year={null} issues={[]} filter={props.renderFilter({ matching: [], matchingTotal: 0, periodLabel: '' })} />
  return <ArchiveYear {...props} years={years} file={entry.file} />
}

function ArchiveYear(props: Props & { years: YearChoice[]; file: string }) {
  const { data: list } = useSuspenseQuery(paperYearQueryOptions(props.file))
  const { search, paper, archive } = props
  const year = list.year
  const newestMonth = list.issues.find((i) => i.date)?.date?.slice(5, 7)
  const dateMonth = search.date && Number(search.date.slice(0, 4)) === year ? search.date.slice(5, 7) : undefined
  const month = (search.year === year && search.month) || Number(dateMonth ?? newestMonth ?? 1)
  const datedYears = archive.years.flatMap((y) => (y.year === null ? [] : [y.year]))
  // A daily's year is 300+ issues and thousands of page links: past a weekly's year, the list holds the calendar's month.
  const byMonth = year !== null && list.issues.length > WHOLE_YEAR_MAX
  const issues = byMonth ? list.issues.filter((i) => !i.date || Number(i.date.slice(5, 7)) === month) : list.issues
  return (
    <Archive {...props} unit="期" year={year} issues={issues} filter={props.renderFilter({ matching: [], matchingTotal: 0, periodLabel: '' })}>
      {year !== null && list.issues.length > 0 && <IssueCalendar paperId={paper.id} year={year} month={month} issues={list.issues} years={datedYears} />}
      {byMonth && (
        <p className="mt-6 text-sm text-muted">
          {`下列${year}年${month}月的 ${issues.length} 期（全年 ${list.issues.length} 期）；其他月份请在日历中选择。`}
        </p>
      )}
    </Archive>
  )
}

/** With a place chosen: the years with articles there, counted in articles; then a month of them. */
function PlaceArchive(props: Props & { place: string }) {
  const { data: rows } = useSuspenseQuery(placeMonthsQueryOptions(props.place))
  const mine = rows.filter((r) => r.paperId === props.paper.id)
  const years = sumBy(mine, (r) => r.year, (r) => r.count)
    .sort(newestFirst)
    .map((p) => ({ year: p.key, count: p.count }))
  const total = mine.reduce((n, r) => n + r.count, 0)
  const choice = years.find((y) => y.year === wantedYear(props.search)) ?? years[0]
  const entry = choice && props.archive.years.find((y) => y.year === choice.year)
  if (!entry) return <Archive {...props} years={years} unit="篇" year={null} issues={[]} filter={props.renderFilter({ place: props.place, matching: [], matchingTotal: total, periodLabel: '' })} />
  const months = sumBy(
    mine.filter((r) => r.year === entry.year),
    (r) => r.month,
    (r) => r.count,
  ).sort(newestFirst)
  return <PlaceArchiveYear {...props} years={years} file={entry.file} months={months} total={total} />
}

function PlaceArchiveYear(props: Props & { place: string; years: YearChoice[]; file: string; months: Period[]; total: number }) {
  const { data: list } = useSuspenseQuery(paperYearQueryOptions(props.file))
  const { search, months } = props
  const wanted = search.year === list.year ? search.month : undefined
  const month = (months.find((m) => m.key === wanted) ?? months[0])?.key ?? null
  const file = list.places.find((p) => p.month === month)?.file
  if (!file) return <PlaceArchiveMonth {...props} list={list} month={month} matching={[]} />
  return <PlaceArchiveMonthFile {...props} list={list} month={month} placedFile={file} />
}

function PlaceArchiveMonthFile(props: Props & { place: string; years: YearChoice[]; months: Period[]; total: number; list: PaperYear; month: number | null; placedFile: string }) {
  const { data: placed } = useSuspenseQuery(placedArticlesQueryOptions(props.placedFile))
  const scope = descendantCodes(props.tree, props.place)
  return <PlaceArchiveMonth {...props} matching={placeEntries(placed, props.list).filter((e) => inPlace(e.article.places, scope))} />
}

function PlaceArchiveMonth(
  props: Props & { place: string; years: YearChoice[]; months: Period[]; total: number; list: PaperYear; month: number | null; matching: ArticleEntry[] },
) {
  const { paper, place, list, month, months, matching } = props
  const printing = new Set(matching.map((e) => e.issue.id))
  const label = [list.year === null ? '日期不详' : `${list.year}年`, month === null ? '' : `${month}月`].join('')
  return (
    <Archive
      {...props}
      unit="篇"
      year={list.year}
      issues={list.issues.filter((i) => printing.has(i.id))}
      filter={props.renderFilter({ place, matching, matchingTotal: props.total, periodLabel: label })}
    >
      {months.length > 0 && (
        <PeriodChips label="月份">
          {months.map((m) => (
            <li key={m.key ?? 'undated'}>
              <Link
                to="/papers/$paperId"
                params={{ paperId: paper.id }}
                search={{ place: Number(place), year: list.year ?? 'undated', month: m.key ?? undefined }}
                aria-current={m.key === month ? 'date' : undefined}
                className={PERIOD_CHIP}
              >
                {periodLabel(m.key, 'month')}
                <ChipCount n={m.count} unit="篇" />
              </Link>
            </li>
          ))}
        </PeriodChips>
      )}
    </Archive>
  )
}

function Archive(props: Props & { years: YearChoice[]; unit: string; year: number | null; issues: readonly IssueEntry[]; filter: ReactNode; children?: ReactNode }) {
  const { paper, archive, place, years, unit, year, issues, filter, children } = props
  return (
    <PaperIssues
      paper={paper}
      total={issueCount(archive)}
      years={years}
      selected={year}
      unit={unit}
      issues={issues}
      keep={place ? { place: Number(place) } : {}}
      filter={filter}
    >
      {children}
    </PaperIssues>
  )
}
