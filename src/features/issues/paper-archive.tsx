// A paper's archive, one year at a time: which years to offer (all, or those with articles at the chosen place), the
// chosen year's issues from its own file, the calendar, and the locality filter. Nothing here loads the whole archive.
import { useSuspenseQuery } from '@tanstack/react-query'
import type { PaperArchive, PaperYear, Paper, YearEntry } from '@/schema/bundle'
import { placeYearsQueryOptions } from '@/lib/data/lookup-query'
import { placeEntries } from '@/lib/data/place-entries'
import { paperYearPlacesQueryOptions, paperYearQueryOptions } from '@/lib/data/paper-year-query'
import { issueCount } from '@/lib/data/library-index-query'
import { descendantCodes, inPlace, type PlaceTree } from '@/lib/places'
import { PaperPlaces } from '@/features/places/paper-places'
import { IssueCalendar } from './issue-calendar'
import { PaperIssues, type YearChoice } from './paper-issues'

export interface ArchiveSearch {
  year?: number | 'undated'
  month?: number
  date?: string
}

interface Props {
  paper: Paper
  archive: PaperArchive
  papers: readonly Paper[]
  tree: PlaceTree
  /** The chosen place's code, when the bundle knows it. */
  place?: string
  search: ArchiveSearch
}

export function PaperArchiveScreen(props: Props) {
  if (props.place) return <PlaceArchive {...props} place={props.place} />
  return <ArchiveYears {...props} years={props.archive.years.map((y) => ({ year: y.year, count: y.issues }))} unit="期" />
}

/** With a place chosen: only the years with articles there, counted in articles. */
function PlaceArchive(props: Props & { place: string }) {
  const { data: rows } = useSuspenseQuery(placeYearsQueryOptions(props.place))
  const mine = new Map(rows.filter((r) => r.paperId === props.paper.id).map((r) => [r.year, r.count]))
  const years = props.archive.years.flatMap((y) => (mine.has(y.year) ? [{ year: y.year, count: mine.get(y.year)! }] : []))
  return <ArchiveYears {...props} years={years} unit="篇" placeTotal={[...mine.values()].reduce((a, b) => a + b, 0)} />
}

interface YearsProps extends Props {
  years: YearChoice[]
  unit: string
  placeTotal?: number
}

function ArchiveYears(props: YearsProps) {
  const { archive, years, search } = props
  const wanted = search.year === 'undated' ? null : (search.year ?? (search.date ? Number(search.date.slice(0, 4)) : undefined))
  const choice = years.find((y) => y.year === wanted) ?? years[0]
  const entry = choice && archive.years.find((y) => y.year === choice.year)
  if (!entry) return <Archive {...props} entry={undefined} list={undefined} />
  return <ArchiveYear {...props} entry={entry} />
}

function ArchiveYear(props: YearsProps & { entry: YearEntry }) {
  const { data: list } = useSuspenseQuery(paperYearQueryOptions(props.entry.file))
  if (props.place && props.entry.places) return <PlaceArchiveYear {...props} places={props.entry.places} place={props.place} list={list} />
  return <Archive {...props} list={list} />
}

function PlaceArchiveYear(props: YearsProps & { entry: YearEntry; list: PaperYear; place: string; places: string }) {
  const { data: places } = useSuspenseQuery(paperYearPlacesQueryOptions(props.places))
  const scope = descendantCodes(props.tree, props.place)
  const matching = placeEntries(places, props.list).filter((e) => inPlace(e.article.places, scope))
  const issues = new Set(matching.map((e) => e.issue.id))
  return <Archive {...props} list={{ ...props.list, issues: props.list.issues.filter((i) => issues.has(i.id)) }} matching={matching} />
}

function Archive({
  paper,
  archive,
  papers,
  tree,
  place,
  search,
  years,
  unit,
  placeTotal,
  entry,
  list,
  matching = [],
}: YearsProps & { entry: YearEntry | undefined; list: PaperYear | undefined; matching?: ReturnType<typeof placeEntries> }) {
  const keep = place ? { place: Number(place) } : {}
  const issues = list?.issues ?? []
  const year = entry?.year ?? null
  const newestMonth = issues.find((i) => i.date)?.date?.slice(5, 7)
  const dateMonth = search.date && Number(search.date.slice(0, 4)) === year ? search.date.slice(5, 7) : undefined
  const month = (search.year === year && search.month) || Number(dateMonth ?? newestMonth ?? 1)
  const datedYears = archive.years.flatMap((y) => (y.year === null ? [] : [y.year]))
  return (
    <PaperIssues
      paper={paper}
      total={issueCount(archive)}
      years={years}
      selected={year}
      unit={unit}
      issues={issues}
      keep={keep}
      filter={
        <PaperPlaces
          paper={paper}
          papers={papers}
          archive={archive}
          tree={tree}
          place={place}
          matching={matching}
          matchingTotal={placeTotal ?? 0}
          yearLabel={year === null ? '日期不详' : `${year}年`}
        />
      }
    >
      {year !== null && issues.length > 0 && <IssueCalendar paperId={paper.id} year={year} month={month} issues={issues} years={datedYears} keep={keep} />}
    </PaperIssues>
  )
}
