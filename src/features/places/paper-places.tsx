// The paper archive's locality filter: the place hierarchy with counts over this paper's
// articles, a chart of the selection by sub-place, and the chosen month's articles at the chosen place.
import { Link } from '@tanstack/react-router'
import type { PaperArchive, Paper } from '@/schema/bundle'
import { PlaceChart } from '@/components/ui/place-chart'
import { PlaceFilter, placeFilterLink } from '@/components/ui/place-filter'
import type { ArticleEntry } from '@/lib/data/place-entries'
import { placeBreakdown, type PlaceTree } from '@/lib/places'
import { PlaceArticleList } from './place-article-list'

interface Props {
  paper: Paper
  papers: readonly Paper[]
  archive: PaperArchive
  tree: PlaceTree
  place?: string
  /** The shown month's articles at the chosen place. */
  matching: readonly ArticleEntry[]
  /** Articles at the chosen place in every year. */
  matchingTotal: number
  /** The month shown: 2024年11月. */
  periodLabel: string
}

/** Articles per place over a paper's whole archive, from index.json. */
export function archivePlaceCounts(archive: PaperArchive): Map<string, number> {
  return new Map(Object.entries(archive.placeCounts).map(([code, [all]]) => [code, all]))
}

export function PaperPlaces({ paper, papers, archive, tree, place, matching, matchingTotal, periodLabel }: Props) {
  const counts = archivePlaceCounts(archive)
  if (counts.size === 0) return null
  const name = place ? tree.byCode.get(place)?.name : undefined
  const home = paper.localityCode ? tree.byCode.get(paper.localityCode) : undefined
  return (
    <section aria-label="按地区浏览" className="mt-6 space-y-5 border-b border-rule pb-6">
      <PlaceFilter tree={tree} counts={counts} total={archive.articles} selected={place} />
      {home && place !== home.code && counts.has(home.code) && (
        <p className="text-sm">
          <Link {...placeFilterLink(home.code)} className="text-accent underline-offset-4 hover:underline">
            只看本报所在地{home.name}({counts.get(home.code)})
          </Link>
        </p>
      )}
      <PlaceChart caption={name ? `${name}各地文章数` : '各县(市、区)文章数'} rows={placeBreakdown(tree, counts, place)} link="filter" />
      {name && (
        <div>
          <h2 className="nav-title" aria-live="polite">
            本报涉及{name}的文章
            <span className="ml-2 text-sm font-normal text-muted">{matchingTotal} 篇</span>
          </h2>
          <p className="mt-1 text-xs text-muted">
            {periodLabel} {matching.length} 篇(其他年月见下方年份与月份)
          </p>
          <PlaceArticleList entries={matching} papers={papers} tree={tree} />
          <p className="mt-2 text-xs text-muted">下列期次为刊有这些文章的期次。</p>
        </div>
      )}
    </section>
  )
}
