// One place: its chain of divisions, its sub-places with counts (index.json), and its articles one year at a time
// (the years from the id map, the articles from each paper's year files) — those mainly about it, then those that mention it.
import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { type LibraryIndex, paperLabel } from '@/schema/bundle'
import { PlaceChart } from '@/components/ui/place-chart'
import { yearEntryOf } from '@/lib/data/library-index-query'
import { type PlaceYear, placeYearsQueryOptions } from '@/lib/data/lookup-query'
import { allCounts, libraryPlaceCounts } from '@/lib/data/place-counts'
import { type ArticleEntry, placeEntries } from '@/lib/data/place-entries'
import { paperYearPlacesQueryOptions, paperYearQueryOptions } from '@/lib/data/paper-year-query'
import { descendantCodes, inPlace, mainlyInPlace, placeBreakdown, placeChain, type PlaceTree } from '@/lib/places'
import { levelLabel } from './place-level'
import { PlaceArticleList } from './place-article-list'

interface Props {
  index: LibraryIndex
  tree: PlaceTree
  code: string
  /** ?year=: the year whose articles to list (the newest with any when unset or unknown). */
  year?: number | 'undated'
}

/** The years with articles at the place, newest first (the unknown year last), with their counts over every paper. */
function placeYears(rows: readonly PlaceYear[]): { year: number | null; count: number; main: number }[] {
  const years = new Map<number | null, { year: number | null; count: number; main: number }>()
  for (const row of rows) {
    const y = years.get(row.year) ?? { year: row.year, count: 0, main: 0 }
    y.count += row.count
    y.main += row.main
    years.set(row.year, y)
  }
  return [...years.values()].sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity))
}

export function PlacePage({ index, tree, code, year }: Props) {
  const { data: rows } = useSuspenseQuery(placeYearsQueryOptions(code))
  const chain = placeChain(tree, code)
  const place = chain.at(-1)
  if (!place) return null
  const libraryCounts = libraryPlaceCounts(index)
  const [all, main] = libraryCounts.get(code) ?? [0, 0]
  const counts = allCounts(libraryCounts)
  const scope = descendantCodes(tree, code)
  const localPapers = index.papers.filter((p) => p.localityCode && scope.has(p.localityCode))
  const years = placeYears(rows)
  const wanted = year === 'undated' ? null : year
  const shown = years.find((y) => y.year === wanted) ?? years[0]

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
      {years.length > 1 && (
        <nav aria-label="年份" className="mt-6">
          <ol className="flex flex-wrap gap-1.5 text-sm">
            {years.map((y) => (
              <li key={y.year ?? 'undated'}>
                <Link
                  to="/places/$code"
                  params={{ code }}
                  search={{ year: y.year ?? 'undated' }}
                  aria-current={y === shown ? 'page' : undefined}
                  className="inline-flex items-baseline gap-1 border border-rule px-2 py-0.5 hover:border-ink hover:text-accent aria-[current=page]:border-ink aria-[current=page]:bg-ink aria-[current=page]:text-paper"
                >
                  {y.year === null ? '日期不详' : `${y.year}年`}
                  <span className="text-xs opacity-70 tabular-nums">{y.count}篇</span>
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {shown && <PlaceYearArticles index={index} tree={tree} scope={scope} year={shown.year} papers={rows.filter((r) => r.year === shown.year).map((r) => r.paperId)} />}
    </div>
  )
}

/** One year's articles at the place, from each paper's year files, newest issue first. */
function PlaceYearArticles(props: { index: LibraryIndex; tree: PlaceTree; scope: ReadonlySet<string>; year: number | null; papers: string[] }) {
  const { index, tree, scope, year } = props
  const entries = props.papers.flatMap((paperId) => {
    const entry = yearEntryOf(index, paperId, year)
    return entry?.places ? [{ file: entry.file, places: entry.places }] : []
  })
  const lists = useSuspenseQueries({ queries: entries.map((e) => paperYearQueryOptions(e.file)) })
  const places = useSuspenseQueries({ queries: entries.map((e) => paperYearPlacesQueryOptions(e.places)) })
  const found: ArticleEntry[] = places
    .flatMap((p, i) => placeEntries(p.data, lists[i]!.data))
    .filter((e) => inPlace(e.article.places, scope))
    // Stable: within a date the papers keep the index's order and each issue its page order.
    .sort((a, b) => (b.issue.date ?? '').localeCompare(a.issue.date ?? ''))
  const main = found.filter((e) => mainlyInPlace(e.article.places, scope))
  const mentions = found.filter((e) => !mainlyInPlace(e.article.places, scope))
  const label = year === null ? '日期不详' : `${year}年`
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
