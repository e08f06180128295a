// One place: its chain of divisions, its sub-places with counts (index.json), and its articles one month at a time
// (the years and months from the id map, the articles from each paper's month files) — those mainly about it, then
// those that mention it.
import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { type LibraryIndex, paperLabel } from '@/schema/bundle'
import { ChipCount, PERIOD_CHIP, PeriodChips, periodLabel } from '@/components/ui/period-chips'
import { PlaceChart } from '@/components/ui/place-chart'
import { yearEntryOf } from '@/lib/data/library-index-query'
import { placeMonthsQueryOptions } from '@/lib/data/lookup-query'
import { allCounts, libraryPlaceCounts } from '@/lib/data/place-counts'
import { type ArticleEntry, newestFirst, placeEntries, sumBy } from '@/lib/data/place-entries'
import { paperYearQueryOptions, placedArticlesQueryOptions } from '@/lib/data/paper-year-query'
import { compareCodeUnits, descendantCodes, inPlace, mainlyInPlace, placeBreakdown, placeChain, type PlaceTree } from '@/lib/places'
import { levelLabel } from './place-level'
import { PlaceArticleList } from './place-article-list'

interface Props {
  index: LibraryIndex
  tree: PlaceTree
  code: string
  /** ?year= and ?month=: the month whose articles to list (the newest with any when unset or unknown). */
  year?: number | 'undated'
  month?: number
}

export function PlacePage({ index, tree, code, year, month }: Props) {
  const { data: rows } = useSuspenseQuery(placeMonthsQueryOptions(code))
  const chain = placeChain(tree, code)
  const place = chain.at(-1)
  if (!place) return null
  const libraryCounts = libraryPlaceCounts(index)
  const [all, main] = libraryCounts.get(code) ?? [0, 0]
  const counts = allCounts(libraryCounts)
  const scope = descendantCodes(tree, code)
  const localPapers = index.papers.filter((p) => p.localityCode && scope.has(p.localityCode))
  const years = sumBy(rows, (r) => r.year, (r) => r.count).sort(newestFirst)
  const wanted = year === 'undated' ? null : year
  const shown = years.find((y) => y.key === wanted) ?? years[0]
  const inYear = rows.filter((r) => shown && r.year === shown.key)
  const months = sumBy(inYear, (r) => r.month, (r) => r.count).sort(newestFirst)
  const shownMonth = (months.find((m) => shown?.key === wanted && m.key === month) ?? months[0])?.key ?? null

  return (
    <div className="mx-auto max-w-3xl">
      <title>{`${chain.map((p) => p.name).join('')} · 地区 · 版面`}</title>
      <nav aria-label="地区层级" className="text-sm text-muted">
        <ol className="flex flex-wrap gap-x-1">
          <li>
            <Link to="/places" className="hover:text-accent">
              全部地区
            </Link>
          </li>
          {chain.map((p) => (
            <li key={p.code}>
              <span aria-hidden="true" className="mr-1">
                ›
              </span>
              <Link
                to="/places/$code"
                params={{ code: p.code }}
                aria-current={p.code === code ? 'page' : undefined}
                className="hover:text-accent aria-[current]:font-bold aria-[current]:text-ink"
              >
                {p.name}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <header className="mt-3 border-b-4 border-double border-ink pb-3 text-center">
        <h1 className="text-3xl font-bold tracking-[0.3em] md:text-5xl">{place.name}</h1>
        <p className="mt-2 text-sm text-muted">
          {levelLabel(place.level)} · 代码 {place.code} · 相关文章 {all} 篇(主要报道 {main} 篇)
        </p>
        {localPapers.length > 0 && (
          <p className="mt-1 text-sm">
            本地报纸:
            {localPapers.map((paper, i) => (
              <span key={paper.id}>
                {i > 0 && '、'}
                <Link to="/papers/$paperId" params={{ paperId: paper.id }} search={{ place: Number(code) }} className="hover:text-accent">
                  {paperLabel(paper)}
                </Link>
              </span>
            ))}
          </p>
        )}
      </header>
      <div className="mt-6">
        <PlaceChart caption={`${place.name}下属地区`} rows={placeBreakdown(tree, counts, code)} link="page" />
      </div>
      {shown && (
        <>
          <PeriodChips label="年份">
            {years.map((y) => (
              <li key={y.key ?? 'undated'}>
                <Link to="/places/$code" params={{ code }} search={{ year: y.key ?? 'undated' }} aria-current={y === shown ? 'page' : undefined} className={PERIOD_CHIP}>
                  {periodLabel(y.key, 'year')}
                  <ChipCount n={y.count} unit="篇" />
                </Link>
              </li>
            ))}
          </PeriodChips>
          <PeriodChips label="月份">
            {months.map((m) => (
              <li key={m.key ?? 'undated'}>
                <Link
                  to="/places/$code"
                  params={{ code }}
                  search={{ year: shown.key ?? 'undated', month: m.key ?? undefined }}
                  aria-current={m.key === shownMonth ? 'date' : undefined}
                  className={PERIOD_CHIP}
                >
                  {periodLabel(m.key, 'month')}
                  <ChipCount n={m.count} unit="篇" />
                </Link>
              </li>
            ))}
          </PeriodChips>
          <PlaceMonthArticles
            index={index}
            tree={tree}
            scope={scope}
            year={shown.key}
            month={shownMonth}
            papers={[...new Set(inYear.filter((r) => r.month === shownMonth).map((r) => r.paperId))]}
          />
        </>
      )}
    </div>
  )
}

/** One month's articles at the place, from each paper's year list and month file, newest issue first. */
function PlaceMonthArticles(props: { index: LibraryIndex; tree: PlaceTree; scope: ReadonlySet<string>; year: number | null; month: number | null; papers: string[] }) {
  const { index, tree, scope, year, month } = props
  const files = props.papers.flatMap((paperId) => {
    const entry = yearEntryOf(index, paperId, year)
    return entry ? [entry.file] : []
  })
  const lists = useSuspenseQueries({ queries: files.map((file) => paperYearQueryOptions(file)) }).map((q) => q.data)
  const placed = lists.flatMap((list) => list.places.filter((p) => p.month === month).map((p) => ({ list, file: p.file })))
  const months = useSuspenseQueries({ queries: placed.map((p) => placedArticlesQueryOptions(p.file)) })
  const found: ArticleEntry[] = months
    .flatMap((q, i) => placeEntries(q.data, placed[i]!.list))
    .filter((e) => inPlace(e.article.places, scope))
    // Stable: within a date the papers keep the index's order and each issue its page order.
    .sort((a, b) => compareCodeUnits(b.issue.date ?? '', a.issue.date ?? ''))
  const main = found.filter((e) => mainlyInPlace(e.article.places, scope))
  const mentions = found.filter((e) => !mainlyInPlace(e.article.places, scope))
  const label = `${periodLabel(year, 'year')}${month === null ? '' : `${month}月`}`
  return (
    <>
      <Section id="place-main" title="主要报道" label={label} count={main.length}>
        <PlaceArticleList entries={main} papers={index.papers} tree={tree} />
      </Section>
      <Section id="place-mentions" title="提及此地" label={label} count={mentions.length}>
        <PlaceArticleList entries={mentions} papers={index.papers} tree={tree} showMain />
      </Section>
    </>
  )
}

function Section({ id, title, label, count, children }: { id: string; title: string; label: string; count: number; children: React.ReactNode }) {
  if (count === 0) return null
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="nav-title">
        {title}
        <span className="ml-2 text-sm font-normal text-muted">
          {label} {count} 篇
        </span>
      </h2>
      <div className="mt-2">{children}</div>
    </section>
  )
}
